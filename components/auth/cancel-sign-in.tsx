import { Button } from "@/components/ui/button";
import { cancelSignInAction } from "@/app/_actions/two-factor";

/** On a sign-in step: give up, ending the half-finished session. */
export function CancelSignIn() {
  return (
    <form action={cancelSignInAction} className="mt-6">
      <Button variant="bare" type="submit" className="text-sm text-brand-ink underline">
        Cancel and sign in as someone else
      </Button>
    </form>
  );
}
