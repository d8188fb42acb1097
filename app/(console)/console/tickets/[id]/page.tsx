import type { Metadata } from "next";
import { recordDetailPage } from "@/components/console/record-editor";
import { getTicket } from "@/db/access/records/tickets";
import { ticketEditor } from "../editor";

export const metadata: Metadata = { title: "Ticket" };

export default recordDetailPage(ticketEditor, getTicket);
