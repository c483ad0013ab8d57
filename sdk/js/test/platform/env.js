// What the platform integration test (ear's JsClientIT) hands over: a running platform, an
// online app bound to an online interface, and a fresh one-time ticket of a logged-in user.
function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: these tests run from JsClientIT (mvn verify)`);
  return value;
}

export const env = {
  interfaceUrl: required('OW_INTERFACE_URL'),
  appKey: required('OW_APP_KEY'),
  appPrivateKeyPem: required('OW_APP_PRIVATE_KEY_PEM'),
  appSm4KeyHex: required('OW_APP_SM4_KEY_HEX'),
  ticketsUrl: required('OW_TICKETS_URL'),
  ticket: required('OW_TICKET'),
  // A second one-time ticket of the same user, traded for a version 2 (JSON claims) answer.
  ticketForJson: required('OW_TICKET_JSON'),
  username: required('OW_EXPECTED_USERNAME'),
};
