// What a person sees for a link that cannot be used, and what to do next.
export const linkProblems = {
  used: {
    title: "This invitation has already been used",
    next: "Your password is already set: sign in with it.",
  },
  expired: {
    title: "This invitation has expired",
    next: "Invitation links work for a limited time. Ask your contact at the business to send you a new invitation.",
  },
  cancelled: {
    title: "This invitation was cancelled",
    next: "It was withdrawn or replaced by a newer one. Use the link in the most recent invitation email, or ask for a new invitation.",
  },
  unknown: {
    title: "This invitation link is not valid",
    next: "Check that you opened the whole link from the email. If it still fails, ask for a new invitation.",
  },
} as const;
