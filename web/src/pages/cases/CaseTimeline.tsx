import { yuan } from '@careflow/contracts';
import { Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../api/cases';
import { httpHref } from '../../components/links';
import { actorLabel, formatTime, stepName, timelineLabel, type People } from './labels';

const COLOR: Record<string, string> = { case: 'blue', task: 'green', connector: 'gray', call: 'purple', alarm: 'red', incident: 'red', sla: 'orange' };

/**
 * What an entry's data says in a line: the text of a note, the reason, the step by its name (the
 * engine fills it from the model; an element id is never shown), who did it, the call.
 */
function detailOf(entry: TimelineEntry, people: People, t: TFunction): string {
  const d = entry.data ?? {};
  const parts: string[] = [];
  for (const key of ['text', 'title', 'reason', 'message', 'name', 'error', 'hangupCause'] as const) {
    if (typeof d[key] === 'string' && d[key]) parts.push(key === 'name' ? stepName(d[key] as string) : (d[key] as string));
  }
  if (typeof d.assignee === 'string') parts.push(t('cases.entry.handledBy', { name: people[d.assignee] ?? d.assignee }));
  if (Array.isArray(d.notified) && d.notified.length > 0) parts.push(t('cases.entry.notified', { names: d.notified.join('、') }));
  if (typeof d.durationSec === 'number') parts.push(t('cases.entry.duration', { sec: d.durationSec }));
  // An order canceled with its case: whose it was, and the fee its terms charged.
  if (typeof d.providerName === 'string') parts.push(d.providerName);
  if (typeof d.fee === 'number' && d.fee > 0) parts.push(t('cases.entry.cancelFee', { amount: yuan(d.fee) }));
  // Another case this one led to (a visit that found nobody opened 紧急救助).
  if (typeof d.caseNumber === 'string') parts.push(d.caseNumber);
  return parts.join(' · ');
}

/** What a connector did on a step (an SMS to a masked number, a call's outcome, an HTTP status), as the engine placed it. */
type ConnectorNote = { what: string; to?: string[]; result?: string };
const isNote = (n: unknown): n is ConnectorNote => typeof n === 'object' && n !== null && typeof (n as ConnectorNote).what === 'string';

function ConnectorNotes({ notes, t }: { notes: unknown; t: TFunction }) {
  const list = Array.isArray(notes) ? notes.filter(isNote) : [];
  if (list.length === 0) return null;
  return (
    <ul className="connector-notes" data-testid="connector-notes" style={{ margin: '2px 0 0', paddingInlineStart: 18 }}>
      {list.map((note, i) => (
        <li key={i}>
          {[t(`cases.note.${note.what.replace('.', '_')}`, { defaultValue: note.what }), (note.to ?? []).join('、'), note.result ?? ''].filter(Boolean).join(' · ')}
        </li>
      ))}
    </ul>
  );
}

/** The case's timeline, oldest first, with zh-CN labels for the entry types. */
export function CaseTimeline({ entries, people = {} }: { entries: TimelineEntry[]; people?: People }) {
  const { t, i18n } = useTranslation();
  return (
    <Timeline
      data-testid="case-timeline"
      items={entries.map((entry) => {
        // Only an http(s) recording is a link: a javascript: one stored before the API refused it is not.
        const recording = httpHref(entry.data?.recordingUrl);
        return {
          key: entry.id,
          color: COLOR[entry.type.split('.')[0]] ?? 'blue',
          children: (
            <div data-testid={`timeline-${entry.type}`}>
              <Typography.Text strong>{timelineLabel(entry.type, t)}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {formatTime(entry.at, i18n.language)}
                {entry.actorName ? ` · ${actorLabel(entry.actorName, entry.actorId, people, t)}` : ''}
              </Typography.Text>
              <div>
                {detailOf(entry, people, t)}
                {recording && (
                  <>
                    {' '}
                    <a href={recording} target="_blank" rel="noreferrer">{t('cases.entry.recording')}</a>
                  </>
                )}
              </div>
              <ConnectorNotes notes={entry.data?.notes} t={t} />
            </div>
          ),
        };
      })}
    />
  );
}
