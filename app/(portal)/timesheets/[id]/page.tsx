import type { Metadata } from "next";
import { portalRecordPage } from "@/components/portal/portal-record-page";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { deleteTimeAction } from "../actions";
import { getMyTimesheetEntry } from "@/db/access/records/timesheets";
import { formatDay, formatHours } from "@/lib/format";

export const metadata: Metadata = { title: "Time entry" };

const approvalLabels = { submitted: "Waiting for approval", approved: "Approved", returned: "Sent back: log it again corrected" };

export default portalRecordPage("timesheet", getMyTimesheetEntry, (entry, _currency, viewer) => ({
  title: entry.description,
  facts: [
    ["State", approvalLabels[entry.approval]],
    ["Billable", entry.isBillable ? "Yes" : "No"],
    ["Date", formatDay(entry.workedOn)],
    ["Time", formatHours(entry.minutes)],
    ["By", entry.personName ?? "—"],
    ["Project", entry.projectName ?? "—"],
    ["Contract", entry.contractName ?? "—"],
    ["Manager", entry.managerName ?? "—"],
  ],
  body:
    entry.loggedByContactId === viewer.userId && entry.approval !== "approved" && !viewer.viewAs ? (
      <ActionForm action={deleteTimeAction} title="Delete this entry">
        <input type="hidden" name="entryId" value={entry.id} />
        <Button type="submit" variant="secondary">
          Delete this entry
        </Button>
      </ActionForm>
    ) : null,
}));
