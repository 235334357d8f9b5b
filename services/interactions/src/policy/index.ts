export * from './contact';
export * from './contact-decision';
export * from './contact-facts';
export * from './contact-policy-engine';
export * from './policy-settings';
