import { Text } from "@react-email/components";
import { BrandButton, BrandedLayout, defaultBrand, paragraph, type EmailBrand } from "./components/branded-layout";
import { taskStatusSubject } from "./catalog";

export type TaskStatusEmailProps = { brand: EmailBrand; name: string; taskTitle: string; statusLabel: string; taskUrl: string };

// To the client who created a task, when staff move it on. A plain link to the task: signing in is
// still needed to see it.
export default function TaskStatusEmail(props: TaskStatusEmailProps) {
  return (
    <BrandedLayout brand={props.brand} preview={taskStatusSubject(props)}>
      <Text style={paragraph}>Hello {props.name},</Text>
      <Text style={paragraph}>
        The task you added, “{props.taskTitle}”, is now {props.statusLabel.toLowerCase()}.
      </Text>
      <BrandButton brand={props.brand} href={props.taskUrl}>
        See the task
      </BrandButton>
    </BrandedLayout>
  );
}

TaskStatusEmail.PreviewProps = {
  brand: defaultBrand,
  name: "Dana Whitfield",
  taskTitle: "Review the new homepage copy",
  statusLabel: "In progress",
  taskUrl: "http://localhost:3000/tasks/preview",
} satisfies TaskStatusEmailProps;
