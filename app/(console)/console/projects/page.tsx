import type { Metadata } from "next";
import { consoleListPage, clientColumn, managerColumn } from "@/components/console/record-list-page";
import { listProjects, projectStatuses } from "@/db/access/records/projects";
import { humanize } from "@/lib/format";
import { projectEditor } from "./editor";

export const metadata: Metadata = { title: "Projects" };

export default consoleListPage(projectEditor, {
  read: listProjects,
  searchLabel: "Search by project or client",
  filter: { label: "Status", choices: projectStatuses },
  empty: "No projects match.",
  columns: [["Project", (row) => row.name], clientColumn, ["Status", (row) => humanize(row.status)], managerColumn],
});
