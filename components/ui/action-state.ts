// What every console form's server action answers: a confirmation or an error to show beside the form,
// and for record forms the message for each field that needs fixing.
export type ActionState = {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  /** What was typed, sent back with errors: React resets a form after its action, and nothing typed may be lost. */
  values?: Record<string, string>;
  /** A record the action made, for a form that goes on with it (uploading its files). */
  createdId?: string;
};
