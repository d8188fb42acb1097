"use server";

import { recordSaveAction } from "@/app/_actions/record-save";
import { saveArticle, articleInputSchema } from "@/db/access/records/knowledge";

export const saveKnowledgeAction = recordSaveAction("/console/knowledge", articleInputSchema, saveArticle);
