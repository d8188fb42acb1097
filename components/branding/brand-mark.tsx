// The business's logo, or its name when there is none. The logo's text is the portal's name.
export function BrandMark({ portalName, logoUrl, className = "" }: { portalName: string; logoUrl: string | null; className?: string }) {
  return logoUrl ? (
    <img src={logoUrl} alt={portalName} className={`h-10 w-auto max-w-48 object-contain ${className}`} />
  ) : (
    <span className={`text-xl font-bold ${className}`}>{portalName}</span>
  );
}
