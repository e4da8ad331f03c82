import type { Substituted } from '../../../../shared/template/substitution';

/**
 * A recipient's text with what came from their values marked, unresolved `$(names)` flagged, and
 * (for SMS) the characters that force UCS-2 underlined.
 */
export function HighlightedText(props: { value: Substituted; ucs2At?: ReadonlySet<number> }) {
  const { text, spans } = props.value;
  const marks: ({ kind: 'var' | 'missing'; name: string } | null)[] = new Array<null>(text.length).fill(null);
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) marks[i] = { kind: span.resolved ? 'var' : 'missing', name: span.name };
  }
  const parts: { text: string; kind: string | null; title?: string }[] = [];
  let i = 0;
  while (i < text.length) {
    const mark = marks[i];
    const ucs2 = props.ucs2At?.has(i) ?? false;
    const kind = ucs2 ? 'ucs2' : mark ? mark.kind : null;
    const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
    const chunk = text.slice(i, i + width);
    const last = parts.at(-1);
    const title = ucs2
      ? `${chunk} (U+${text.codePointAt(i)!.toString(16).toUpperCase().padStart(4, '0')}) is not in GSM-7: the message goes as UCS-2`
      : mark
        ? mark.kind === 'var'
          ? `from $(${mark.name})`
          : `$(${mark.name}) has no value`
        : undefined;
    if (last && last.kind === kind && last.title === title && kind !== 'ucs2') last.text += chunk;
    else parts.push(title === undefined ? { text: chunk, kind } : { text: chunk, kind, title });
    i += width;
  }
  return (
    <>
      {parts.map((part, index) =>
        part.kind === null ? (
          <span key={index}>{part.text}</span>
        ) : (
          <mark key={index} className={`hl hl-${part.kind}`} title={part.title}>
            {part.text}
          </mark>
        ),
      )}
    </>
  );
}
