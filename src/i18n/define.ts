/** One feature's messages: English defines the keys, Finnish must have exactly the same ones. */
export function defineMessages<const En extends Record<string, string>>(messages: {
  en: En;
  fi: { [K in keyof En]: string };
}) {
  return messages;
}
