import { freeTextItems } from '@careflow/contracts';
import { useEffect, useState } from 'react';
import { listCases } from '../../api/cases';
import { getElder } from '../../api/elders';
import type { ElderDetail, ElderFile } from '../../api/registry-types';
import type { PopElder } from '../../api/telephony-inbound';

/**
 * The elder card the desk, case and task pages show: a screen pop's elder, or an elder file in its
 * shape (a file has no call it was matched by).
 */
export type ElderCard = Omit<PopElder, 'matchedBy' | 'via' | 'areaPath' | 'recentCases'> & Partial<Pick<PopElder, 'matchedBy' | 'via' | 'areaPath' | 'recentCases'>>;

/** An elder file (GET /api/elders/:id) in the screen pop's shape, so one panel shows both. */
export function popElderOf(detail: ElderDetail): ElderCard {
  // A provider's worker gets no more than the summary: the file's other fields are then absent.
  const file: ElderDetail & Partial<ElderFile> = detail;
  const relatives = [...(file.relatives ?? [])].sort((a, b) => (a.callOrder ?? 0) - (b.callOrder ?? 0));
  return {
    id: file.id,
    name: file.name,
    gender: file.gender,
    age: file.age,
    livingSituation: file.livingSituation ?? null,
    address: file.address,
    conditions: file.health?.conditions ?? [],
    allergies: freeTextItems(file.health?.allergies),
    medications: freeTextItems(file.health?.medications),
    selfCare: file.health?.selfCare ?? null,
    disabilityLevel: file.health?.disabilityLevel ?? null,
    relatives: relatives.flatMap((r) => (r.phones[0] ? [{ name: r.name, relation: r.relation, phone: r.phones[0].number }] : [])),
    communityWorker: file.communityWorker ? { name: file.communityWorker.name, phone: file.communityWorker.phone } : null,
    doctor: file.doctor ? [file.doctor.name, file.doctor.phone].filter(Boolean).join(' ') : null,
  };
}

/** The elder's file and last 5 cases, for the case page and the task page. */
export function useElderPanel(elderId: string | null | undefined): ElderCard | null | undefined {
  const [elder, setElder] = useState<ElderCard | null>();
  useEffect(() => {
    if (!elderId) return setElder(null);
    let live = true;
    Promise.all([getElder(elderId), listCases({ elderId, page: 1, pageSize: 5 }).catch(() => ({ cases: [] }))]).then(
      ([file, recent]) => {
        if (!live) return;
        const cases = recent.cases.map((c) => ({ id: c.id, caseNumber: c.caseNumber, serviceType: c.serviceTypeKey, status: c.status, openedAt: c.openedAt }));
        setElder({ ...popElderOf(file), recentCases: cases });
      },
      () => live && setElder(null),
    );
    return () => {
      live = false;
    };
  }, [elderId]);
  return elder;
}
