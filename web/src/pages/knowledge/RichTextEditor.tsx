import { BoldOutlined, DisconnectOutlined, ItalicOutlined, LinkOutlined, OrderedListOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Space, Tooltip } from 'antd';
import { useEffect, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './knowledge.css';

interface Props {
  value?: string;
  onChange?: (html: string) => void;
  id?: string;
}

/**
 * The article body: Tiptap (ProseMirror) limited to what the engine's sanitiser keeps (paragraphs,
 * h3/h4, lists, bold, italic, underline, quotes, links), so nothing an author writes vanishes on save.
 */
export function RichTextEditor({ value, onChange, id }: Props) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [3, 4] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto', 'tel'] },
      }),
    ],
    content: value ?? '',
    // The toolbar shows which marks are on at the cursor.
    shouldRerenderOnTransaction: true,
    editorProps: { attributes: { class: 'knowledge-editor-content', 'data-testid': 'knowledge-body-editor', ...(id ? { id } : {}) } },
    onUpdate: ({ editor: e }) => onChange?.(e.isEmpty ? '' : e.getHTML()),
  });

  // The form fills the field after the article loads: take that value unless it is what the editor holds.
  // Never while the author types: the value handed back lags a keystroke behind and would undo it.
  useEffect(() => {
    if (!editor || value === undefined || editor.isFocused) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (value !== current) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  if (!editor) return null;
  const link = () => {
    const href = window.prompt(t('knowledge.toolbar.linkPrompt'), (editor.getAttributes('link').href as string | undefined) ?? 'https://');
    if (href === null) return;
    if (!/^(https?:|mailto:|tel:)/i.test(href.trim())) return;
    editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
  };
  return (
    <div className="knowledge-editor">
      <Space wrap size={4} className="knowledge-editor-toolbar">
        <Tool editor={editor} name="bold" label={t('knowledge.toolbar.bold')} icon={<BoldOutlined />} run={(c) => c.toggleBold()} />
        <Tool editor={editor} name="italic" label={t('knowledge.toolbar.italic')} icon={<ItalicOutlined />} run={(c) => c.toggleItalic()} />
        <Tool editor={editor} name="heading" attrs={{ level: 3 }} label={t('knowledge.toolbar.h3')} text="H3" run={(c) => c.toggleHeading({ level: 3 })} />
        <Tool editor={editor} name="heading" attrs={{ level: 4 }} label={t('knowledge.toolbar.h4')} text="H4" run={(c) => c.toggleHeading({ level: 4 })} />
        <Tool editor={editor} name="bulletList" label={t('knowledge.toolbar.bulletList')} icon={<UnorderedListOutlined />} run={(c) => c.toggleBulletList()} />
        <Tool editor={editor} name="orderedList" label={t('knowledge.toolbar.orderedList')} icon={<OrderedListOutlined />} run={(c) => c.toggleOrderedList()} />
        <Tooltip title={t('knowledge.toolbar.link')}>
          <Button size="small" aria-label={t('knowledge.toolbar.link')} onMouseDown={keepEditorFocus} type={editor.isActive('link') ? 'primary' : 'text'} icon={<LinkOutlined />} onClick={link} />
        </Tooltip>
        <Tooltip title={t('knowledge.toolbar.unlink')}>
          <Button size="small" aria-label={t('knowledge.toolbar.unlink')} type="text" icon={<DisconnectOutlined />} onMouseDown={keepEditorFocus} disabled={!editor.isActive('link')} onClick={() => editor.chain().focus().unsetLink().run()} />
        </Tooltip>
      </Space>
      <EditorContent editor={editor} />
    </div>
  );
}

type Chain = ReturnType<Editor['chain']>;

/**
 * A toolbar press must not take the focus from the text: refocusing is deferred to the next frame,
 * and on a busy machine the author has typed on by then, so the caret jumped back behind what they typed.
 */
const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

function Tool({ editor, name, attrs, label, icon, text, run }: { editor: Editor; name: string; attrs?: Record<string, unknown>; label: string; icon?: ReactNode; text?: string; run: (chain: Chain) => Chain }) {
  return (
    <Tooltip title={label}>
      <Button size="small" aria-label={label} type={editor.isActive(name, attrs) ? 'primary' : 'text'} icon={icon} onMouseDown={keepEditorFocus} onClick={() => run(editor.chain().focus()).run()}>
        {text}
      </Button>
    </Tooltip>
  );
}
