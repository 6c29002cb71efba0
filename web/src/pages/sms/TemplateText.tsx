import { Fragment } from 'react';

const PLACEHOLDER = /(\{\{\s*[^{}]*?\s*\}\})/;

/** A template's text with its {{placeholders}} set apart as code: they are filled in, not read out. */
export function TemplateText({ content }: { content: string }) {
  return (
    <>
      {content.split(PLACEHOLDER).map((part, i) => (PLACEHOLDER.test(part) ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>))}
    </>
  );
}
