import { receiveCardCall } from '../messages/card-to-background';
import type { SenderInfo } from '../messages/protocol';
import { cardCalls } from '../prep/card-calls';

/** Runs one allowlisted store call for the prep card (lib/messages/card-to-background.ts). */
export const handleCardCall = (raw: unknown, sender: SenderInfo, extensionId: string) =>
  receiveCardCall(raw, sender, extensionId, cardCalls);
