import type { Metadata } from "next";
import { consoleListPage, clientColumn, managerColumn } from "@/components/console/record-list-page";
import { listTasks, taskStatuses } from "@/db/access/records/tasks";
import { humanize } from "@/lib/format";
import { taskEditor } from "./editor";

export const metadata: Metadata = { title: "Tasks" };

export default consoleListPage(taskEditor, {
  read: listTasks,
  searchLabel: "Search by task or client",
  filter: { label: "Status", choices: taskStatuses },
  empty: "No tasks match.",
  columns: [["Task", (row) => row.title], clientColumn, ["Status", (row) => humanize(row.status)], managerColumn],
});
