"""JAdES (ETSI TS 119 182-1 V1.1.1) signatures in the JWS JSON serialization, for hostile input.

European Digital Credentials are sealed as a JWS JSON serialization (general or flattened, RFC 7515
§7.2) with an unencoded payload (RFC 7797, ``b64: false``): the credential's JSON is the ``payload``
string itself. Such a seal is verified with the JOSE rules of :mod:`wallet.verify.jose` (the
algorithm comes from the key; ``none`` and HMAC refused) plus what JAdES adds:

* the signing certificate comes from ``x5c`` and is bound by ``x5t#S256`` or ``x5t#o``
  (TS 119 182-1 §5.1 ``x5t#S256``, §5.2.2 ``x5t#o``); its key usage must allow signing;
* the claimed signing time ``sigT`` (§5.2.1);
* time-stamp tokens, each an RFC 3161 token checked by :mod:`wallet.verify.tst` over exactly what
  it must cover: ``adoTst`` over the data objects (§5.2, ``adoTst``), ``sigTst`` over the signature value
  (§5.3.4), ``arcTst`` over the whole signature and the unsigned components before it (§5.3.6.3);
* the level reached: B (B-B), T (a signature time-stamp), LT (plus certificate and revocation
  values, §5.3.5) and LTA (plus a verified archive time-stamp).

A ``crit`` member that is not processed is refused (RFC 7515 §4.1.11). Revocation values are
carried, not evaluated: nothing here goes online, and the values are reported as present.

The package is split by responsibility; import from the module that holds a name:

* :mod:`.jws` — splitting the serialization (:func:`~.jws.parse_jades_unverified`), its limits,
  base64/JSON decoding, and the header rules that need no key (``crit``, ``sigT``); :class:`~.jws.JadesError`;
* :mod:`.binding` — the signing certificate (``x5c``), its binding (``x5t#S256``/``x5t#o``), key usage, key;
* :mod:`.unsigned` — time-stamp tokens, the ``etsiU`` unsigned properties, time-stamp order, level;
* :mod:`.signature` — the procedure (:func:`~.signature.verify_jades`,
  :func:`~.signature.verify_jades_signature`) and its result :class:`~.signature.JadesVerified`.

Errors: every failure is a :class:`wallet.verify.jose.JoseError` (``MalformedJws``,
``AlgorithmRefused``, ``CriticalHeaderRefused``, ``SignatureInvalid``) or a
:class:`wallet.verify.jades.jws.JadesError`, each with a ``reason`` in its fields.
"""
