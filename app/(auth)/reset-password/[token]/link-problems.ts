// What a person sees for a password link that cannot be used, and what to do next.
export const resetLinkProblems = {
  used: {
    title: "This link has already been used",
    next: "Your password was set with it. Sign in, or ask for a new link under “Forgot password”.",
  },
  expired: { title: "This link has expired", next: "Password links work for a short time. Ask for a new one under “Forgot password”." },
  cancelled: {
    title: "This link was replaced by a newer one",
    next: "Use the link in the most recent email, or ask for a new one under “Forgot password”.",
  },
  unknown: {
    title: "This link is not valid",
    next: "Check that you opened the whole link from the email, or ask for a new one under “Forgot password”.",
  },
} as const;
