// The same words for every failure (unknown email, wrong password, login off, no password yet):
// nothing to enumerate. Someone who may sign in but never chose a password really is sent a link.
export const GENERIC_FAILURE =
  "That email and password did not match an account that can sign in. If you have not chosen a password yet, we have emailed you a link to choose one.";
