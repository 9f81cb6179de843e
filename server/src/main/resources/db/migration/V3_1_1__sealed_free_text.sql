-- Every free-text field is a code from a closed list or AEAD ciphertext (issue 9, item 2). A risk
-- marker's source ("Police", or a name someone typed) and a device's app version and push token
-- were stored in clear. New rows carry them sealed in the *_ct columns; rows stored before this are
-- sealed at startup (RiskMarkerSourceSealing, DeviceFieldSealing), which then empties the clear
-- column. The clear columns stay, always NULL, until a later release drops them.
ALTER TABLE risk_marker
    ADD COLUMN source_ct BLOB NULL,
    MODIFY source VARCHAR(200) NULL;

ALTER TABLE device
    ADD COLUMN app_version_ct BLOB NULL,
    ADD COLUMN push_token_ct  BLOB NULL,
    MODIFY app_version VARCHAR(40) NULL;
