import Markdown from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";

// Message text: plain text, or a small Markdown subset (emphasis, lists, quotes, code, links).
// Raw HTML is dropped before parsing and the result goes through rehype-sanitize, so nothing a
// client or staff member writes can add a script, an image beacon or a form to someone else's page.

const allowedElements = ["p", "br", "strong", "em", "del", "ul", "ol", "li", "blockquote", "code", "pre", "a"];
const schema = { ...defaultSchema, tagNames: allowedElements, protocols: { href: ["http", "https", "mailto"] } };

export function MessageText({ text }: { text: string }) {
  return (
    <div className="space-y-2 break-words [&_a]:underline [&_blockquote]:border-l-2 [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_ol]:list-decimal [&_ol]:pl-5 [&_pre]:overflow-x-auto [&_ul]:list-disc [&_ul]:pl-5">
      <Markdown
        skipHtml
        allowedElements={allowedElements}
        unwrapDisallowed
        rehypePlugins={[[rehypeSanitize, schema]]}
        components={{
          a: ({ href, children }) => (
            <a href={href} rel="nofollow noopener noreferrer" target="_blank">
              {children}
            </a>
          ),
        }}
      >
        {text}
      </Markdown>
    </div>
  );
}
