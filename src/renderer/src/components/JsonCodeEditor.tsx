import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { defaultKeymap, history, historyKeymap, indentMore, simplifySelection, temporarilySetTabFocusMode } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, linter, lintKeymap } from '@codemirror/lint';
import { Annotation, EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  type Command,
} from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import { looseJsonDiagnostics } from './json-code-lint';
import './json-code-editor.css';

export interface JsonCodeEditorHandle {
  /** Puts the cursor at a character offset, scrolls it into view and focuses the editor. */
  jumpTo(offset: number): void;
}

interface Props {
  value: string;
  onChange(text: string): void;
  /** The accessible name of the text box. */
  label: string;
  invalid?: boolean;
  /** The editor's own undo; off where the page keeps one history across form and JSON. */
  ownHistory?: boolean;
  height: string;
  ref?: Ref<JsonCodeEditorHandle>;
}

// Tab indents, but must not trap keyboard users: Esc then Tab moves focus on (CodeMirror's
// tab-focus mode); Shift+Tab is left to the browser, so it always moves focus back.
const escapeLetsTabLeave: Command = (view) => {
  simplifySelection(view);
  return temporarilySetTabFocusMode(view);
};

/** Marks transactions that only mirror a new `value` from the store, so they are not echoed back. */
const fromProps = Annotation.define<boolean>();

function extensionsFor(props: Props, onDocChange: (text: string) => void): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    drawSelection(),
    bracketMatching(),
    indentOnInput(),
    props.ownHistory ? history() : [],
    json(),
    // Token classes, coloured in CSS from the app's theme variables, so light and dark follow the app.
    syntaxHighlighting(classHighlighter),
    linter((view) => looseJsonDiagnostics(view.state.doc), { delay: 300 }),
    lintGutter(),
    keymap.of([
      { key: 'Escape', run: escapeLetsTabLeave },
      { key: 'Tab', run: indentMore },
      ...defaultKeymap,
      ...(props.ownHistory ? historyKeymap : []),
      ...lintKeymap,
    ]),
    EditorState.tabSize.of(2),
    // Long values (an email's HTML, a pasted sample on one line) wrap instead of scrolling sideways.
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': props.label, spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off' }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged && !update.transactions.some((t) => t.annotation(fromProps))) onDocChange(update.state.doc.toString());
    }),
  ];
}

/**
 * A JSON text editor (CodeMirror 6): highlighting, a lint that accepts the app's loose JSON, line
 * numbers. Controlled: `value` is the truth, typing calls `onChange`, and a new `value` from
 * elsewhere (a form edit, an undo) replaces only the part that differs, so the cursor stays put.
 */
export function JsonCodeEditor(props: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({ doc: props.value, extensions: extensionsFor(props, (text) => onChange.current(text)) }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is built once; value changes arrive through the effect below.
  }, [props.label, props.ownHistory]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current === props.value) return;
    let start = 0;
    while (start < current.length && start < props.value.length && current[start] === props.value[start]) start++;
    let end = 0;
    while (
      end < current.length - start &&
      end < props.value.length - start &&
      current[current.length - 1 - end] === props.value[props.value.length - 1 - end]
    )
      end++;
    editor.dispatch({
      changes: { from: start, to: current.length - end, insert: props.value.slice(start, props.value.length - end) },
      annotations: fromProps.of(true),
    });
  }, [props.value]);

  useEffect(() => {
    const content = view.current?.contentDOM;
    if (props.invalid) content?.setAttribute('aria-invalid', 'true');
    else content?.removeAttribute('aria-invalid');
  }, [props.invalid]);

  useImperativeHandle(props.ref, () => ({
    jumpTo(offset: number) {
      const editor = view.current;
      if (!editor) return;
      const at = Math.min(Math.max(offset, 0), editor.state.doc.length);
      editor.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      editor.focus();
    },
  }));

  return <div ref={host} className="json-code" data-invalid={props.invalid || undefined} style={{ height: props.height }} />;
}
