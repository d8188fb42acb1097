import { recordKinds, type RecordKind } from "./record-kinds";

// How an activity row reads in a feed: "Dana Whitfield replied on the ticket “Broken login”".

export const activityVerbs = {
  created: "added",
  opened: "opened",
  posted: "wrote on",
  noted: "added a staff note to",
  replied: "replied on",
  closed: "closed",
  reopened: "reopened",
  status: "changed the status of",
  logged: "logged time as",
  approved: "approved",
  returned: "sent back",
  uploaded: "uploaded a file to",
  submitted: "submitted a form as",
  accepted: "accepted",
  declined: "declined",
  changes_requested: "asked for changes to",
  revised: "sent a revised version of",
  paid: "paid",
  payment_recorded: "recorded a payment on",
} as const;

export type ActivityVerb = keyof typeof activityVerbs;

export function describeActivity(item: { actorName: string | null; verb: string; objectType: RecordKind; title: string }) {
  const phrase = activityVerbs[item.verb as ActivityVerb] ?? item.verb;
  return `${item.actorName ?? "Someone"} ${phrase} the ${recordKinds[item.objectType].noun} “${item.title}”`;
}
