import { StoredFileEntity } from '../modules/files/entities';
import { ImportEntity } from '../modules/imports/entities';
import { elderEntities } from '../modules/elders/entities';
import { providerEntities } from '../modules/providers';
import { AreaEntity } from '../modules/areas/entities';
import { DictionaryEntity, DictionaryOptionEntity } from '../modules/dictionaries/entities';
import { CalendarDayEntity } from '../modules/calendar/entities';
import { DeploymentEntity, ProcessDefinitionEntity } from '../modules/deployments/entities';
import { AuditEntryEntity } from '../modules/audit/entities';
import { CaseEntity, CaseEventEntity, CaseNumberSequenceEntity } from '../modules/cases/entities';
import { FormEntity, FormVersionEntity } from '../modules/forms/entities';
import { IncidentEntity } from '../modules/incidents/entities';
import { MessageEntity } from '../modules/messages/entities';
import { ServiceTypeEntity, ServiceTypeVersionEntity } from '../modules/service-types/entities';
import { GroupEntity, GroupMemberEntity, SessionEntity, UserEntity } from '../modules/identity/entities';
import { ProcessInstanceEntity } from '../modules/process-instances/entities';
import { TaskEntity, TaskFilterEntity } from '../modules/tasks/entities';

export const entities = [UserEntity, SessionEntity, GroupEntity, GroupMemberEntity, AuditEntryEntity, DeploymentEntity, ProcessDefinitionEntity, ProcessInstanceEntity, TaskEntity, FormEntity, FormVersionEntity, ServiceTypeEntity, ServiceTypeVersionEntity, CaseEntity, CaseEventEntity, CaseNumberSequenceEntity, TaskFilterEntity, MessageEntity, IncidentEntity, CalendarDayEntity, AreaEntity, DictionaryEntity, DictionaryOptionEntity, ...elderEntities, ...providerEntities, ImportEntity, StoredFileEntity];
