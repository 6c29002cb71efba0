import { DeploymentEntity } from '../modules/deployments/entities';
import { SessionEntity, UserEntity } from '../modules/identity/entities';
import { ProcessInstanceEntity } from '../modules/process-instances/entities';
import { TaskEntity } from '../modules/tasks/entities';

export const entities = [UserEntity, SessionEntity, DeploymentEntity, ProcessInstanceEntity, TaskEntity];
