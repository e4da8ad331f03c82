import type { AppStatus } from '../../../shared/contract/app';
import type { EventBus } from '../event-bus';

type ServiceKey = 'listener' | 'sandbox';
type ServiceState = AppStatus['listener'];

/** The status bar's facts, updated by the areas that own them and pushed as `app:status`. */
export class StatusBoard {
  private state: AppStatus = {
    online: true,
    listener: { running: false, url: null, error: null },
    sandbox: { running: false, url: null, error: null },
  };

  constructor(private readonly events: EventBus) {}

  get(): AppStatus {
    return structuredClone(this.state);
  }

  setService(key: ServiceKey, value: ServiceState): void {
    this.state = { ...this.state, [key]: value };
    this.events.emit('app:status', this.get());
  }

  setOnline(online: boolean): void {
    if (this.state.online === online) return;
    this.state = { ...this.state, online };
    this.events.emit('app:status', this.get());
  }
}
