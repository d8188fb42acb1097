import { Conversation } from "@/components/conversation/conversation";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { setFollowingAction } from "@/app/_actions/follow";
import { postStaffMessageAction } from "@/app/_actions/messages";
import { getConversation } from "@/db/access/collaboration/messages";
import { maxUploadBytes } from "@/db/access/records/file-uploads";
import type { StaffViewer } from "@/db/access/viewer/viewer";
import type { ConversationKind } from "@/lib/record-kinds";

/** The record's whole conversation (internal notes marked), a reply box, and following it. */
export async function StaffConversation({ viewer, type, id }: { viewer: StaffViewer; type: ConversationKind; id: string }) {
  const conversation = await getConversation(viewer, type, id);
  if (!conversation) return null;
  return (
    <div className="max-w-2xl space-y-3">
      <Conversation
        record={{ type, id }}
        messages={conversation.messages}
        emptyText="No messages yet. What you write here (not staff notes) the client sees, and is told about."
        compose={{
          action: postStaffMessageAction,
          label: "Reply or note",
          canBeInternal: true,
          from: "console",
          maxUploadBytes: maxUploadBytes(),
        }}
      />
      <ActionForm action={setFollowingAction} title={conversation.isFollowing ? "Stop following" : "Follow"}>
        <input type="hidden" name="recordType" value={type} />
        <input type="hidden" name="recordId" value={id} />
        <input type="hidden" name="isFollowing" value={conversation.isFollowing ? "no" : "yes"} />
        <p className="mb-2 text-sm text-zinc-600">
          {conversation.isFollowing
            ? "You follow this: you hear about its messages and changes."
            : "Follow this to hear about its messages and changes (its manager always does)."}
        </p>
        <Button type="submit" variant="secondary">
          {conversation.isFollowing ? "Stop following" : "Follow"}
        </Button>
      </ActionForm>
    </div>
  );
}
