<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="31"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="31"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="31"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="31"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="31"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="33"/>
        <source>Type a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="34"/>
        <source>Too short: use at least 8 characters, or better, a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="35"/>
        <source>This is one of the most used passwords; anyone would guess it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="36"/>
        <source>One character repeated is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="37"/>
        <source>A run of keys or digits is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="38"/>
        <source>Only digits: add letters, or make it longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="39"/>
        <source>Only letters: make it longer, or add digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="40"/>
        <source>Make it longer: a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="41"/>
        <source>A good password. Longer is even better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="42"/>
        <source>A strong password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="83"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="83"/>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="85"/>
        <source>Your wallet stays as it is; only the password that opens it changes. The recovery code still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="87"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="88"/>
        <source>C&amp;urrent password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="94"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="58"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="59"/>
        <source>Verified — issuer not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="60"/>
        <source>Cannot check offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="61"/>
        <source>Not valid: expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="62"/>
        <source>Not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="63"/>
        <source>Not valid: revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="64"/>
        <source>Not valid: wrong signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="65"/>
        <location filename="../../ui/credentials/check_text.py" line="67"/>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="66"/>
        <source>Tampered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="71"/>
        <source>The signature checks out and the issuer is in a trust list you accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="72"/>
        <source>The signature checks out, but the issuer is not in a trust list you accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="73"/>
        <source>Nothing failed, but the credential could not be checked offline, or it is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="74"/>
        <source>The credential&apos;s validity period has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="75"/>
        <source>The credential&apos;s validity period has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="76"/>
        <source>The issuer has revoked or suspended this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="77"/>
        <source>It was signed with a key that does not belong to the issuer it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="78"/>
        <location filename="../../ui/credentials/check_text.py" line="80"/>
        <source>A check failed; open the credential to see which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="79"/>
        <source>The signature does not match: the credential was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="86"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="87"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="88"/>
        <source>Issuer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="89"/>
        <source>Validity period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="90"/>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="91"/>
        <source>Issuer recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="92"/>
        <source>EU elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="93"/>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="98"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="99"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="100"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="101"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="109"/>
        <source>The document is a well-formed verifiable credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="110"/>
        <source>The document is a well-formed signed token, and its claims agree with the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="111"/>
        <source>The document is a well-formed Open Badges 2.0 assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="112"/>
        <source>The document is a well-formed SD-JWT credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="113"/>
        <source>The document lacks parts its format requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="114"/>
        <source>The document uses a vocabulary Satchel does not know, so it cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="115"/>
        <source>The document&apos;s vocabulary could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="117"/>
        <location filename="../../ui/credentials/check_text.py" line="118"/>
        <location filename="../../ui/credentials/check_text.py" line="119"/>
        <source>The signature is intact: nothing was changed since the issuer signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="120"/>
        <source>The badge matches the copy the issuer hosts at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="121"/>
        <source>The badge differs from the copy the issuer hosts: it may have been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="122"/>
        <source>The issuer&apos;s hosted copy is not in the local cache; refresh it to check this badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="124"/>
        <source>The signature does not match: the credential was changed after it was signed, or the signature is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="126"/>
        <source>The credential is not signed, so its integrity cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="127"/>
        <source>The credential is signed in a way Satchel cannot check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="128"/>
        <source>The issuer&apos;s key could not be found offline, so the signature cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="130"/>
        <source>The signature cannot be checked without the issuer&apos;s key, which is not available offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="133"/>
        <source>The signature cannot be checked: the credential uses a vocabulary Satchel does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="135"/>
        <source>The signature is refused: the signed document could be read in more than one way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="136"/>
        <source>The signature was not checked: the document is too large or too deeply nested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="138"/>
        <location filename="../../ui/credentials/check_text.py" line="140"/>
        <source>The signing key belongs to the issuer named in the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="139"/>
        <source>The signing key belongs to the issuer named in the badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="142"/>
        <source>The signing key belongs to %1, not to the issuer %2 named in the credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="146"/>
        <source>The issuer&apos;s profile does not list the key that signed the badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="147"/>
        <source>The issuer&apos;s profile is not available offline; refresh the cache to check who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="148"/>
        <location filename="../../ui/credentials/check_text.py" line="149"/>
        <source>Who signed could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="151"/>
        <source>The credential does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="152"/>
        <source>Valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="153"/>
        <source>The credential expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="154"/>
        <source>The credential is not valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="155"/>
        <source>The date in “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="156"/>
        <source>The credential expires before it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="158"/>
        <source>Not revoked, according to the issuer&apos;s status list as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="159"/>
        <source>The issuer publishes no revocation list for this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="161"/>
        <source>Revoked by the issuer, according to their status list as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="164"/>
        <source>Suspended by the issuer, according to their status list as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="166"/>
        <source>The issuer&apos;s status list is not in the local cache; refresh it to check for revocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="167"/>
        <source>The credential uses a revocation method Satchel cannot check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="168"/>
        <source>The issuer&apos;s status list could not be authenticated offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="169"/>
        <source>The issuer&apos;s status list is not authentic, so revocation could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="170"/>
        <source>The issuer&apos;s profile is not available offline, so revocation could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="172"/>
        <source>The issuer is in a trust list you accept (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="173"/>
        <source>The issuer is not in any trust list you accept. That does not make it false: check who they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="174"/>
        <source>The credential names no issuer to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="175"/>
        <source>The trust list could not be read, so the issuer could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="177"/>
        <source>All 11 mandatory EU elements are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="179"/>
        <source>%1 of 11 mandatory EU elements are present. Missing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="183"/>
        <source>The credential&apos;s contents could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="185"/>
        <source>The presentation was signed by the holder the credential names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="186"/>
        <source>The presentation was signed by someone other than the credential&apos;s holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="187"/>
        <source>The holder&apos;s signature on the presentation does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="188"/>
        <source>The presentation is not signed by its holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="190"/>
        <source>No further information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="196"/>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="197"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="198"/>
        <source>Country of the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="199"/>
        <source>Awarding body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="200"/>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="201"/>
        <source>Learning outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="202"/>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="203"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="204"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="205"/>
        <source>Form of participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="206"/>
        <source>Quality assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="207"/>
        <source>Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="208"/>
        <source>Supervision and identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="209"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="210"/>
        <source>Integration and stackability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="211"/>
        <source>Further information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="212"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="216"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="223"/>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="237"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialCardDelegate</name>
    <message>
        <location filename="../../ui/credentials/card_view.py" line="57"/>
        <source>Issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/card_view.py" line="59"/>
        <source>%1 ECTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/card_view.py" line="61"/>
        <source>EQF %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialDetailView</name>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="105"/>
        <source>← &amp;Back to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="106"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="107"/>
        <source>Back to the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="110"/>
        <source>Re-&amp;check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="111"/>
        <source>Check this credential again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="113"/>
        <source>T&amp;rust this issuer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="114"/>
        <source>Trust this issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="116"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="117"/>
        <source>Delete this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="148"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="162"/>
        <source>Links in this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="168"/>
        <location filename="../../ui/credentials/credential_detail.py" line="471"/>
        <source>Show the &amp;original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="169"/>
        <source>Show the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="176"/>
        <source>The original credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="195"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="197"/>
        <source>EU credential elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="200"/>
        <source>Learning outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="202"/>
        <source>Optional elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="206"/>
        <source>Your tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="208"/>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="210"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="225"/>
        <source>Credential details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="277"/>
        <source>Untitled credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="306"/>
        <source>This credential has not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="308"/>
        <source>Last checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="320"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="329"/>
        <source>(Status list as of %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="348"/>
        <source>Not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="350"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="351"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="351"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="354"/>
        <location filename="../../ui/credentials/credential_detail.py" line="356"/>
        <source>Web domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="356"/>
        <source>None: the identifier is a bare key, not tied to a website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="361"/>
        <source>Certificate subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="363"/>
        <source>Recognised: in a trust list you accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="364"/>
        <source>Listed as not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="365"/>
        <source>Not recognised: in no trust list you accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="368"/>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="370"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="388"/>
        <source>%1 ECTS credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="390"/>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="395"/>
        <source>EQF level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="397"/>
        <source>QF-EHEA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="401"/>
        <source>Listed below (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="411"/>
        <source>All 11 mandatory elements are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="414"/>
        <source>%1 of the 11 mandatory elements are missing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="420"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="426"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="429"/>
        <source>None given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="434"/>
        <source>The credential lists no learning outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="456"/>
        <source>Open link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="457"/>
        <source>Asks before opening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="464"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="466"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="471"/>
        <source>Hide the &amp;original</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialFilterBar</name>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="34"/>
        <source>Filter by issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="35"/>
        <source>Filter by verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="36"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="37"/>
        <source>Filter by format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="38"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="39"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="40"/>
        <source>Issuer not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="41"/>
        <source>Cannot check offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="42"/>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="44"/>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="46"/>
        <source>Date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="47"/>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="48"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="49"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="50"/>
        <source>EQF level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="51"/>
        <source>ECTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="52"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="53"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="59"/>
        <source>Sort direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="63"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="65"/>
        <source>S&amp;ort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="89"/>
        <source>%1: choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="104"/>
        <source>Any issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="105"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="106"/>
        <source>Any format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="144"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="144"/>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="146"/>
        <source>Highest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="146"/>
        <source>Lowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="148"/>
        <source>Problems first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="148"/>
        <source>Verified first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="150"/>
        <source>Z to A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="150"/>
        <source>A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="152"/>
        <source>Sort direction: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialListView</name>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="87"/>
        <source>Search titles, issuers, outcomes and tags  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="88"/>
        <source>Search credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="92"/>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="92"/>
        <source>Show as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="93"/>
        <source>C&amp;ards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="93"/>
        <source>Show as cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="107"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="120"/>
        <source>Columns; choose one to sort by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="121"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="138"/>
        <source>Credentials as cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="203"/>
        <location filename="../../ui/credentials/credential_list.py" line="220"/>
        <source>No credentials yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="206"/>
        <source>Your wallet is ready. Use Add credentials… or drag a credential file here: badges, diplomas and micro-credentials in JSON, JWT, PNG, SVG or XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="211"/>
        <source>You can also add one from a terminal: satchel import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="334"/>
        <source>No credential matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="336"/>
        <source>No credential matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="341"/>
        <source>Credentials in your wallet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="343"/>
        <source>Showing %1 of %2 credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialTableModel</name>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="154"/>
        <source>Untitled credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="167"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="168"/>
        <source>Awarding body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="169"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="170"/>
        <source>ECTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="171"/>
        <source>EQF level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="172"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="173"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="174"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="46"/>
        <source>Create your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="49"/>
        <source>Satchel keeps your credentials encrypted on this computer. Choose a password to open your wallet. Nobody else can reset it, so you will also get a recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="54"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="56"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="57"/>
        <source>Creating your wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="58"/>
        <location filename="../../ui/unlock/first_run_view.py" line="59"/>
        <source>Create wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="117"/>
        <source>Save your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="120"/>
        <source>If you forget your password, this code is the only way back into your wallet. Write it down or keep it in a password manager, somewhere safe. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="137"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="138"/>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="139"/>
        <source>Copy the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="142"/>
        <location filename="../../ui/unlock/first_run_view.py" line="143"/>
        <source>I have saved my recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="144"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="145"/>
        <source>Continue to the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="170"/>
        <source>Copied. The clipboard will be cleared in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="130"/>
        <source>&amp;Add credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="131"/>
        <source>Add credential files to your wallet (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="133"/>
        <source>Add a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="134"/>
        <source>Add every credential in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="135"/>
        <source>&amp;Paste credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="136"/>
        <source>Add the credential on the clipboard: JSON, a JWT or an image of a QR code (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="137"/>
        <source>Import a &amp;QR code image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="138"/>
        <source>Add the credential shown as a QR code in an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="172"/>
        <source>Paste credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="173"/>
        <source>The clipboard holds no credential. Copy a credential&apos;s JSON, a JWT or an image of its QR code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="212"/>
        <source>Adding credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="252"/>
        <source>“%1” failed verification, so it may have been altered, expired or revoked. Keep it in your wallet anyway? It will be marked as failed, and you can read why in its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/import_controller.py" line="257"/>
        <source>%n credentials failed verification, so they may have been altered, expired or revoked. Keep them in your wallet anyway? They will be marked as failed, and you can read why in their reports.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="262"/>
        <source>Keep credentials that failed verification?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSources</name>
    <message>
        <location filename="../../ui/imports/sources.py" line="23"/>
        <source>Credentials (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="24"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="32"/>
        <source>Add credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="39"/>
        <source>Add a folder of credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="47"/>
        <source>Import a QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="49"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="31"/>
        <source>Pasted credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="37"/>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="39"/>
        <source>Already in your wallet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="41"/>
        <source>Not added, it failed verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="44"/>
        <source>Could not be read: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/summary_dialog.py" line="58"/>
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/summary_dialog.py" line="60"/>
        <source>%n already in your wallet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/summary_dialog.py" line="62"/>
        <source>%n failed verification</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="65"/>
        <source>1 could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/summary_dialog.py" line="67"/>
        <source>%n could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="70"/>
        <source>Import cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="127"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="127"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="135"/>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="146"/>
        <source>Select a line to open the credential, or to see why it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="151"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="155"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWording</name>
    <message>
        <location filename="../../ui/imports/wording.py" line="18"/>
        <source>It is larger than any credential Satchel reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="20"/>
        <source>It is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="22"/>
        <source>The file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="24"/>
        <source>The image holds neither a baked credential nor a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="26"/>
        <source>No QR code was found in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="28"/>
        <source>The QR code holds a web link, not a credential. Satchel does not download credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="32"/>
        <source>The QR code holds text that is not a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="34"/>
        <source>This is not a credential format Satchel reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="36"/>
        <source>The token is damaged: it cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="38"/>
        <source>The image is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="40"/>
        <source>The badge image is damaged or holds its credential in a way Satchel refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="42"/>
        <source>The XML document is damaged or uses features Satchel refuses for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="44"/>
        <source>The document is damaged: it is not well-formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="46"/>
        <source>The selective-disclosure credential is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="47"/>
        <source>The file could not be read as a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="52"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="54"/>
        <source>Failed verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="55"/>
        <source>Could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="60"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="62"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="64"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="65"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="70"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="71"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="72"/>
        <source>Issuer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="73"/>
        <source>Validity period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="74"/>
        <source>Revocation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="75"/>
        <source>Issuer trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="76"/>
        <source>EU micro-credential elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="77"/>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkConfirm</name>
    <message>
        <location filename="../../ui/widgets/link_confirm.py" line="63"/>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_confirm.py" line="64"/>
        <source>Satchel opens only web links (http or https). This link was not opened:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_confirm.py" line="71"/>
        <source>Open link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_confirm.py" line="72"/>
        <source>This link comes from the credential, not from Satchel. Open it in your browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>&amp;Lock wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Lock the wallet now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>&amp;About Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Search your credentials (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>As a &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>As &amp;cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>&amp;Open details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Open the selected credential (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Delete the selected credential (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Wallet actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Delete credential?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Delete “%1” from your wallet? This cannot be undone, unless you have a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>About Satchel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>Satchel keeps your learning credentials: badges, diplomas and micro-credentials, verified and encrypted on your own computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="93"/>
        <location filename="../../ui/widgets/new_password_form.py" line="103"/>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="96"/>
        <source>Password problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="130"/>
        <source>Choose a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="135"/>
        <source>The two passwords are not the same. Type the password again in the second field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="145"/>
        <source>Weak password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="146"/>
        <source>%1 password: %2

Anyone who copies your wallet file could try to guess it. Use it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="26"/>
        <source>Anything you want to remember: where you used it, what it took…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="27"/>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="28"/>
        <source>Only you see this note; it is kept encrypted in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="31"/>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="32"/>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="62"/>
        <location filename="../../ui/credentials/note_editor.py" line="74"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="74"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../ui/widgets/password_field.py" line="42"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password_field.py" line="42"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password_field.py" line="43"/>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password_field.py" line="43"/>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="272"/>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="273"/>
        <source>Language, colours, automatic lock and trusted issuers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="162"/>
        <location filename="../../ui/preferences/preferences_dialog.py" line="163"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="164"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="165"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="166"/>
        <location filename="../../ui/preferences/preferences_dialog.py" line="185"/>
        <source>Issuers you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="167"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="168"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="169"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="170"/>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="171"/>
        <source>Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="172"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="173"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="174"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="175"/>
        <source>Lock &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="176"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="177"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="178"/>
        <source> min idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="181"/>
        <source>Credentials from these issuers show as coming from an issuer you trust. To add one, open a credential and choose “Trust this issuer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="186"/>
        <source>You have not added any issuers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="187"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="188"/>
        <source>Remove the selected issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="189"/>
        <location filename="../../ui/preferences/preferences_dialog.py" line="190"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="22"/>
        <source>Getting ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="24"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="30"/>
        <source>Current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="34"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="49"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="58"/>
        <source>Stopping after the current item…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="108"/>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="124"/>
        <location filename="../../ui/vault_actions/dialogs.py" line="144"/>
        <source>Make a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="127"/>
        <source>A new code replaces your current one: the old code stops working at once. Type your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="131"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="132"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="139"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="141"/>
        <source>Checking your password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="143"/>
        <source>&amp;Make new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="146"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="160"/>
        <source>Save your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="164"/>
        <source>If you forget your password, this code is the only way back into your wallet. Write it down or keep it in a password manager, somewhere safe. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="182"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="185"/>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="186"/>
        <source>Copy the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="192"/>
        <location filename="../../ui/vault_actions/dialogs.py" line="193"/>
        <source>I have saved my new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="194"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="195"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="242"/>
        <source>Copied. The clipboard will be cleared in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryView</name>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="29"/>
        <source>Use your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="32"/>
        <source>Type the recovery code you saved when you created the wallet, then choose a new password. The code keeps working afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="37"/>
        <location filename="../../ui/unlock/recovery_view.py" line="41"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="43"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="45"/>
        <source>Recovery problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="46"/>
        <source>Opening your wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="47"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="48"/>
        <source>Back to the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="49"/>
        <location filename="../../ui/unlock/recovery_view.py" line="50"/>
        <source>Recover wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="77"/>
        <source>Type your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="110"/>
        <source>This recovery code does not open this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/imports/report_dialog.py" line="18"/>
        <location filename="../../ui/imports/report_dialog.py" line="19"/>
        <source>Verification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/report_dialog.py" line="24"/>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/report_dialog.py" line="35"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/report_dialog.py" line="49"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="258"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="258"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="262"/>
        <source>Credentials in “%1” that are not in your wallet yet will be added; nothing in your wallet is removed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="267"/>
        <source>Backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="268"/>
        <source>Current password, if different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="271"/>
        <source>&amp;Password of the backup (the wallet&apos;s password when it was backed up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="274"/>
        <source>Your &amp;current password, if it is different</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReverifyRun</name>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="102"/>
        <source>Checking credentials again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="120"/>
        <location filename="../../ui/vault_actions/vault_actions.py" line="140"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="129"/>
        <source>%n credential(s) checked again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="131"/>
        <source>%n changed result.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="133"/>
        <source>No results changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="135"/>
        <source>%n could not be checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="137"/>
        <source>Stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="55"/>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="69"/>
        <source>Strength: no password yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="70"/>
        <source>No password yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="71"/>
        <source>Type a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="79"/>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="37"/>
        <source>No tags yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="41"/>
        <source>Add a tag, e.g. “job applications”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="42"/>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="45"/>
        <source>Add &amp;tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="46"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="57"/>
        <source>New name for the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="60"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="61"/>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="63"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="64"/>
        <source>Cancel renaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="108"/>
        <source>Tag “%1”: rename or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="110"/>
        <source>&amp;Rename everywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="112"/>
        <source>Re&amp;move from this credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="130"/>
        <source>Type a tag first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="151"/>
        <source>Rename “%1” on every credential to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="166"/>
        <source>Type the new name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="184"/>
        <source>A tag has 1 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustIssuer</name>
    <message>
        <location filename="../../ui/preferences/trust.py" line="24"/>
        <source>Trust this issuer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/trust.py" line="25"/>
        <source>Credentials from “%1” will show as coming from an issuer you trust. Do this only if you know the issuer and got the credential from them. You can undo it in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences/trust.py" line="42"/>
        <source>You now trust “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="41"/>
        <source>Unlock your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="42"/>
        <source>Wallet in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="44"/>
        <location filename="../../ui/unlock/unlock_view.py" line="45"/>
        <location filename="../../ui/unlock/unlock_view.py" line="46"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="49"/>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="50"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="51"/>
        <location filename="../../ui/unlock/unlock_view.py" line="52"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="54"/>
        <location filename="../../ui/unlock/unlock_view.py" line="56"/>
        <source>Forgot password? Use recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="80"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="43"/>
        <source>Back up your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="45"/>
        <source>Satchel backups (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="54"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="56"/>
        <source>Satchel backups (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="187"/>
        <source>Chec&amp;k all credentials again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="188"/>
        <source>Verify every credential again, with today&apos;s date and the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="189"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="190"/>
        <source>Save an encrypted copy of your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="191"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="192"/>
        <source>Add the credentials of a backup to this wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="193"/>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="194"/>
        <source>Show a new recovery &amp;code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="234"/>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="240"/>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="246"/>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="246"/>
        <source>Your wallet now opens with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="250"/>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="268"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="275"/>
        <source>The password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="289"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="294"/>
        <source>Backup saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="296"/>
        <source>%n credential(s) saved to %1. The backup opens with your current password or your recovery code.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="301"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="318"/>
        <source>Type the password of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="322"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="330"/>
        <source>%n credential(s) added from the backup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="332"/>
        <source>%n already in your wallet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="333"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="337"/>
        <source>A password is not right: the backup&apos;s, or your current one if you typed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="39"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="40"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="46"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="96"/>
        <source>Satchel — demo wallet (password: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/imports/host.py" line="35"/>
        <source>&amp;Wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
