// What every console form's server action answers: a confirmation or an error to show beside the form.
export type ActionState = { ok?: boolean; message?: string; error?: string };
