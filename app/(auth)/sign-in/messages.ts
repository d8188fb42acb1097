// The same words for every failure (unknown email, wrong password, login off, no password yet):
// nothing to enumerate. Someone who may sign in but never chose a password really is sent a link.
export const GENERIC_FAILURE =
  "That email and password did not match an account that can sign in. If you have not chosen a password yet, we have emailed you a link to choose one.";

// The check could not be made (the database is unavailable or too slow): nothing about the account.
export const SERVICE_UNAVAILABLE = "Signing in is unavailable for a moment. Nothing is wrong with your account: try again in a minute.";
