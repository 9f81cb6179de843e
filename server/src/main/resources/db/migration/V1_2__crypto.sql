-- crypto: keysets wrapped by the master key, which never enters the database
CREATE TABLE wrapped_keyset (
    name               VARCHAR(100) NOT NULL PRIMARY KEY,
    keyset_ciphertext  BLOB         NOT NULL,
    public_keyset      TEXT         NULL,
    created_at         DATETIME(6)  NOT NULL
);
