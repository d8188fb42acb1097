"use client";

import { Toaster as Sonner } from "sonner";

/** Where confirmations appear for a moment (bottom of the screen, read out politely). */
export function Toaster() {
  return <Sonner position="bottom-center" closeButton richColors toastOptions={{ duration: 6000 }} />;
}
