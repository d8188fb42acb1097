import type { Metadata } from "next";
import { recordDetailPage } from "@/components/console/record-editor";
import { getInvoice } from "@/db/access/records/invoices";
import { invoiceEditor } from "../editor";

export const metadata: Metadata = { title: "Invoice" };

export default recordDetailPage(invoiceEditor, getInvoice);
