import { Text } from "@react-email/components";
import { BrandButton, BrandedLayout, defaultBrand, paragraph, type EmailBrand } from "./components/branded-layout";
import { taskFromClientSubject } from "./catalog";

export type TaskFromClientEmailProps = {
  brand: EmailBrand;
  managerName: string;
  clientName: string;
  accountName: string;
  taskTitle: string;
  parentName: string;
  taskUrl: string;
};

// To the manager of the record a client added a task to: who, where, and a link to the task in the
// console. The task itself stays there; the email carries only its title.
export default function TaskFromClientEmail(props: TaskFromClientEmailProps) {
  const { brand, managerName, clientName, accountName, taskTitle, parentName, taskUrl } = props;
  return (
    <BrandedLayout brand={brand} preview={taskFromClientSubject(props)}>
      <Text style={paragraph}>Hello {managerName},</Text>
      <Text style={paragraph}>
        {clientName} of {accountName} added a task to {parentName}: “{taskTitle}”. It has nobody assigned yet.
      </Text>
      <BrandButton brand={brand} href={taskUrl}>
        Open the task
      </BrandButton>
    </BrandedLayout>
  );
}

TaskFromClientEmail.PreviewProps = {
  brand: defaultBrand,
  managerName: "Olivia Hart",
  clientName: "Dana Whitfield",
  accountName: "Northwind Traders",
  taskTitle: "Review the new homepage copy",
  parentName: "Website refresh",
  taskUrl: "http://localhost:3000/console/tasks/preview",
} satisfies TaskFromClientEmailProps;
