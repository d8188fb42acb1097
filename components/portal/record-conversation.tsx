import { Conversation } from "@/components/conversation/conversation";
import { postMessageAction } from "@/app/_actions/messages";
import { getMyConversation } from "@/db/access/collaboration/messages";
import type { ContactViewer } from "@/db/access/viewer/viewer";
import { recordKinds, type ConversationKind } from "@/lib/record-kinds";

/** The record's conversation as the contact may see it, and the box to write in (not while viewed as), with files when they may upload. */
export async function RecordConversation(props: { viewer: ContactViewer; type: ConversationKind; id: string; uploadBytes: number | null }) {
  const { viewer, type, id } = props;
  const conversation = await getMyConversation(viewer, type, id);
  if (!conversation) return null;
  const noun = recordKinds[type].noun;
  const mayWrite = !viewer.viewAs && !conversation.isClosed;
  return (
    <Conversation
      record={{ type, id }}
      messages={conversation.messages}
      emptyText={
        conversation.isPart
          ? "No messages yet. Ask a question or share an update here."
          : `You are not part of this ${noun}'s conversation yet: write here to join it.`
      }
      compose={mayWrite ? { action: postMessageAction, label: "Your message", from: "portal", maxUploadBytes: props.uploadBytes } : null}
      closedText={conversation.isClosed ? `This ${noun} is closed. Reopen it to write again.` : undefined}
    />
  );
}
