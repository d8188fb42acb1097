import type { Metadata } from "next";
import { portalListPage } from "@/components/portal/portal-list-page";
import { listMyTasks, taskStatuses } from "@/db/access/records/tasks";
import { formatDay, humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Tasks" };

export default portalListPage("task", {
  read: listMyTasks,
  title: "Tasks",
  searchLabel: "Search tasks by title",
  filter: { label: "Status", choices: taskStatuses },
  sorts: [
    ["due", "Due soonest"],
    ["title", "Sort by title"],
    ["recent", "Newest first"],
  ],
  empty: "No tasks match.",
  columns: [
    ["Task", (task) => task.title],
    ["Status", (task) => humanize(task.status)],
    ["Due", (task) => formatDay(task.dueOn)],
    ["Project", (task) => task.projectName ?? "—"],
  ],
});
