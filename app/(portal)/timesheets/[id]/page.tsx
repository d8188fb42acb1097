import type { Metadata } from "next";
import { portalRecordPage } from "@/components/portal/portal-record-page";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { deleteTimeAction } from "../actions";
import { TimeForm } from "../time-form";
import { getMyTimesheetEntry } from "@/db/access/records/timesheets";
import { formatDay, formatHours } from "@/lib/format";

export const metadata: Metadata = { title: "Time entry" };

const approvalLabels = { submitted: "Waiting for approval", approved: "Approved", returned: "Sent back: correct it below" };

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
  // Until staff approve it, the contractor who logged it may correct or delete it.
  body:
    entry.loggedByContactId === viewer.userId && entry.approval !== "approved" && !viewer.viewAs ? (
      <div className="max-w-xl space-y-4">
        <TimeForm entry={entry} today={entry.workedOn} />
        <ActionForm action={deleteTimeAction} title="Delete this entry">
          <input type="hidden" name="entryId" value={entry.id} />
          <Button type="submit" variant="secondary">
            Delete this entry
          </Button>
        </ActionForm>
      </div>
    ) : null,
}));
