// What the sign-off page says after a change whose button went away with it (actions.ts).
export const signOffDoneMessages = {
  sent: "Sent. Everyone on it is emailed their own link; this round's files can no longer change.",
  round_started: "New round started: replace the files that changed, then send it.",
  cancelled: "Cancelled. Its links no longer work, and everyone asked is told.",
  recipient_removed: "Removed. Their link no longer works; what they said stays in the history.",
  file_removed: "File taken out of this round.",
} as const;

export type SignOffDone = keyof typeof signOffDoneMessages;
