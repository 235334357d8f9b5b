import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { InteractionsRepository, StoredInteraction } from '../recording/interactions.repository';
import { InteractionView, interactionView } from './interaction-view';

/** Builds interaction views with their amendments applied, one query for the amendments of a whole page. */
@Injectable()
export class InteractionViews {
  constructor(private readonly interactions: InteractionsRepository) {}

  async get(manager: EntityManager, interactionId: string): Promise<InteractionView | undefined> {
    const stored = await this.interactions.find(manager, interactionId);
    if (!stored) {
      return undefined;
    }

    return (await this.build(manager, [stored]))[0];
  }

  async build(manager: EntityManager, stored: StoredInteraction[]): Promise<InteractionView[]> {
    const amendments = await this.interactions.amendmentsOf(manager, stored.map((item) => item.record.interactionId));

    return stored.map((item) => interactionView(item, amendments.get(item.record.interactionId) ?? []));
  }
}
