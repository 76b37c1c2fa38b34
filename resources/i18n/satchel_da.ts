<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="83"/>
        <source>Change password</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="83"/>
        <source>&amp;Change password</source>
        <translation>&amp;Skift adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="85"/>
        <source>Your wallet stays as it is; only the password that opens it changes. The recovery code still works.</source>
        <translation>Din tegnebog forbliver, som den er; kun adgangskoden, der åbner den, ændres. Gendannelseskoden virker stadig.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="87"/>
        <source>Current password</source>
        <translation>Nuværende adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="88"/>
        <source>C&amp;urrent password</source>
        <translation>N&amp;uværende adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="94"/>
        <source>New password</source>
        <translation>Ny adgangskode</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="58"/>
        <source>Verified</source>
        <translation>Verificeret</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="59"/>
        <source>Verified — issuer not recognised</source>
        <translation>Verificeret — udsteder ikke genkendt</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="60"/>
        <source>Cannot check offline</source>
        <translation>Kan ikke kontrolleres offline</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="61"/>
        <source>Not valid: expired</source>
        <translation>Ikke gyldigt: udløbet</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="62"/>
        <source>Not valid yet</source>
        <translation>Endnu ikke gyldigt</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="63"/>
        <source>Not valid: revoked</source>
        <translation>Ikke gyldigt: tilbagekaldt</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="64"/>
        <source>Not valid: wrong signer</source>
        <translation>Ikke gyldigt: forkert underskriver</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="65"/>
        <location filename="../../ui/credentials/check_text.py" line="67"/>
        <source>Not valid</source>
        <translation>Ikke gyldigt</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="66"/>
        <source>Tampered</source>
        <translation>Ændret efter underskrift</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="71"/>
        <source>The signature checks out and the issuer is in a trust list you accept.</source>
        <translation>Underskriften er i orden, og udstederen står på en tillidsliste, du accepterer.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="72"/>
        <source>The signature checks out, but the issuer is not in a trust list you accept.</source>
        <translation>Underskriften er i orden, men udstederen står ikke på en tillidsliste, du accepterer.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="73"/>
        <source>Nothing failed, but the credential could not be checked offline, or it is not signed.</source>
        <translation>Intet fejlede, men beviset kunne ikke kontrolleres offline, eller det er ikke underskrevet.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="74"/>
        <source>The credential&apos;s validity period has ended.</source>
        <translation>Bevisets gyldighedsperiode er udløbet.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="75"/>
        <source>The credential&apos;s validity period has not begun yet.</source>
        <translation>Bevisets gyldighedsperiode er endnu ikke begyndt.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="76"/>
        <source>The issuer has revoked or suspended this credential.</source>
        <translation>Udstederen har tilbagekaldt eller suspenderet dette bevis.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="77"/>
        <source>It was signed with a key that does not belong to the issuer it names.</source>
        <translation>Det er underskrevet med en nøgle, der ikke tilhører den udsteder, det nævner.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="78"/>
        <location filename="../../ui/credentials/check_text.py" line="80"/>
        <source>A check failed; open the credential to see which.</source>
        <translation>En kontrol fejlede; åbn beviset for at se hvilken.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="79"/>
        <source>The signature does not match: the credential was changed after it was signed.</source>
        <translation>Underskriften passer ikke: beviset blev ændret, efter det blev underskrevet.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="86"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="87"/>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="88"/>
        <source>Issuer&apos;s key</source>
        <translation>Udstederens nøgle</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="89"/>
        <source>Validity period</source>
        <translation>Gyldighedsperiode</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="90"/>
        <source>Revocation</source>
        <translation>Tilbagekaldelse</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="91"/>
        <source>Issuer recognised</source>
        <translation>Udsteder genkendt</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="92"/>
        <source>EU elements</source>
        <translation>EU-elementer</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="93"/>
        <source>Holder</source>
        <translation>Indehaver</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="98"/>
        <source>Passed</source>
        <translation>Bestået</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="99"/>
        <source>Failed</source>
        <translation>Fejlet</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="100"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="101"/>
        <source>Not checked</source>
        <translation>Ikke kontrolleret</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="109"/>
        <source>The document is a well-formed verifiable credential.</source>
        <translation>Dokumentet er et korrekt opbygget verificerbart bevis.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="110"/>
        <source>The document is a well-formed signed token, and its claims agree with the credential.</source>
        <translation>Dokumentet er et korrekt opbygget underskrevet token, og dets oplysninger stemmer med beviset.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="111"/>
        <source>The document is a well-formed Open Badges 2.0 assertion.</source>
        <translation>Dokumentet er en korrekt opbygget Open Badges 2.0-assertion.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="112"/>
        <source>The document is a well-formed SD-JWT credential.</source>
        <translation>Dokumentet er et korrekt opbygget SD-JWT-bevis.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="113"/>
        <source>The document lacks parts its format requires.</source>
        <translation>Dokumentet mangler dele, som formatet kræver.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="114"/>
        <source>The document uses a vocabulary Satchel does not know, so it cannot be checked.</source>
        <translation>Dokumentet bruger et ordforråd, som Satchel ikke kender, så det kan ikke kontrolleres.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="115"/>
        <source>The document&apos;s vocabulary could not be read.</source>
        <translation>Dokumentets ordforråd kunne ikke læses.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="117"/>
        <location filename="../../ui/credentials/check_text.py" line="118"/>
        <location filename="../../ui/credentials/check_text.py" line="119"/>
        <source>The signature is intact: nothing was changed since the issuer signed it.</source>
        <translation>Underskriften er intakt: intet er ændret, siden udstederen underskrev.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="120"/>
        <source>The badge matches the copy the issuer hosts at %1.</source>
        <translation>Badget stemmer med den kopi, udstederen har liggende på %1.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="121"/>
        <source>The badge differs from the copy the issuer hosts: it may have been changed.</source>
        <translation>Badget afviger fra den kopi, udstederen har liggende: det kan være ændret.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="122"/>
        <source>The issuer&apos;s hosted copy is not in the local cache; refresh it to check this badge.</source>
        <translation>Udstederens online kopi er ikke i den lokale cache; opdatér den for at kontrollere dette badge.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="124"/>
        <source>The signature does not match: the credential was changed after it was signed, or the signature is broken.</source>
        <translation>Underskriften passer ikke: beviset blev ændret, efter det blev underskrevet, eller underskriften er beskadiget.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="126"/>
        <source>The credential is not signed, so its integrity cannot be checked.</source>
        <translation>Beviset er ikke underskrevet, så dets ægthed kan ikke kontrolleres.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="127"/>
        <source>The credential is signed in a way Satchel cannot check yet.</source>
        <translation>Beviset er underskrevet på en måde, Satchel endnu ikke kan kontrollere.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="128"/>
        <source>The issuer&apos;s key could not be found offline, so the signature cannot be checked.</source>
        <translation>Udstederens nøgle kunne ikke findes offline, så underskriften kan ikke kontrolleres.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="130"/>
        <source>The signature cannot be checked without the issuer&apos;s key, which is not available offline.</source>
        <translation>Underskriften kan ikke kontrolleres uden udstederens nøgle, som ikke er tilgængelig offline.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="133"/>
        <source>The signature cannot be checked: the credential uses a vocabulary Satchel does not know.</source>
        <translation>Underskriften kan ikke kontrolleres: beviset bruger et ordforråd, som Satchel ikke kender.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="135"/>
        <source>The signature is refused: the signed document could be read in more than one way.</source>
        <translation>Underskriften afvises: det underskrevne dokument kan læses på mere end én måde.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="136"/>
        <source>The signature was not checked: the document is too large or too deeply nested.</source>
        <translation>Underskriften blev ikke kontrolleret: dokumentet er for stort eller for dybt indlejret.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="138"/>
        <location filename="../../ui/credentials/check_text.py" line="140"/>
        <source>The signing key belongs to the issuer named in the credential.</source>
        <translation>Underskriftsnøglen tilhører den udsteder, der er nævnt i beviset.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="139"/>
        <source>The signing key belongs to the issuer named in the badge.</source>
        <translation>Underskriftsnøglen tilhører den udsteder, der er nævnt i badget.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="142"/>
        <source>The signing key belongs to %1, not to the issuer %2 named in the credential.</source>
        <translation>Underskriftsnøglen tilhører %1, ikke udstederen %2, der er nævnt i beviset.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="146"/>
        <source>The issuer&apos;s profile does not list the key that signed the badge.</source>
        <translation>Udstederens profil angiver ikke den nøgle, der underskrev badget.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="147"/>
        <source>The issuer&apos;s profile is not available offline; refresh the cache to check who signed.</source>
        <translation>Udstederens profil er ikke tilgængelig offline; opdatér cachen for at kontrollere, hvem der underskrev.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="148"/>
        <location filename="../../ui/credentials/check_text.py" line="149"/>
        <source>Who signed could not be checked.</source>
        <translation>Hvem der underskrev, kunne ikke kontrolleres.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="151"/>
        <source>The credential does not expire.</source>
        <translation>Beviset udløber ikke.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="152"/>
        <source>Valid until %1.</source>
        <translation>Gyldigt indtil %1.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="153"/>
        <source>The credential expired on %1.</source>
        <translation>Beviset udløb den %1.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="154"/>
        <source>The credential is not valid until %1.</source>
        <translation>Beviset er først gyldigt fra %1.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="155"/>
        <source>The date in “%1” cannot be read.</source>
        <translation>Datoen i “%1” kan ikke læses.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="156"/>
        <source>The credential expires before it was issued.</source>
        <translation>Beviset udløber, før det blev udstedt.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="158"/>
        <source>Not revoked, according to the issuer&apos;s status list as of %1.</source>
        <translation>Ikke tilbagekaldt ifølge udstederens statusliste fra %1.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="159"/>
        <source>The issuer publishes no revocation list for this credential.</source>
        <translation>Udstederen offentliggør ingen tilbagekaldelsesliste for dette bevis.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="161"/>
        <source>Revoked by the issuer, according to their status list as of %1.</source>
        <translation>Tilbagekaldt af udstederen ifølge deres statusliste fra %1.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="164"/>
        <source>Suspended by the issuer, according to their status list as of %1.</source>
        <translation>Suspenderet af udstederen ifølge deres statusliste fra %1.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="166"/>
        <source>The issuer&apos;s status list is not in the local cache; refresh it to check for revocation.</source>
        <translation>Udstederens statusliste er ikke i den lokale cache; opdatér den for at kontrollere for tilbagekaldelse.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="167"/>
        <source>The credential uses a revocation method Satchel cannot check yet.</source>
        <translation>Beviset bruger en tilbagekaldelsesmetode, som Satchel endnu ikke kan kontrollere.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="168"/>
        <source>The issuer&apos;s status list could not be authenticated offline.</source>
        <translation>Udstederens statusliste kunne ikke autentificeres offline.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="169"/>
        <source>The issuer&apos;s status list is not authentic, so revocation could not be checked.</source>
        <translation>Udstederens statusliste er ikke ægte, så tilbagekaldelse kunne ikke kontrolleres.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="170"/>
        <source>The issuer&apos;s profile is not available offline, so revocation could not be checked.</source>
        <translation>Udstederens profil er ikke tilgængelig offline, så tilbagekaldelse kunne ikke kontrolleres.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="172"/>
        <source>The issuer is in a trust list you accept (%1).</source>
        <translation>Udstederen står på en tillidsliste, du accepterer (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="173"/>
        <source>The issuer is not in any trust list you accept. That does not make it false: check who they are.</source>
        <translation>Udstederen står ikke på nogen tillidsliste, du accepterer. Det gør ikke beviset falsk: undersøg, hvem udstederen er.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="174"/>
        <source>The credential names no issuer to look up.</source>
        <translation>Beviset nævner ingen udsteder at slå op.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="175"/>
        <source>The trust list could not be read, so the issuer could not be looked up.</source>
        <translation>Tillidslisten kunne ikke læses, så udstederen kunne ikke slås op.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="177"/>
        <source>All 11 mandatory EU elements are present.</source>
        <translation>Alle 11 obligatoriske EU-elementer er til stede.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="179"/>
        <source>%1 of 11 mandatory EU elements are present. Missing: %2.</source>
        <translation>%1 af 11 obligatoriske EU-elementer er til stede. Mangler: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="183"/>
        <source>The credential&apos;s contents could not be read.</source>
        <translation>Bevisets indhold kunne ikke læses.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="185"/>
        <source>The presentation was signed by the holder the credential names.</source>
        <translation>Præsentationen er underskrevet af den indehaver, beviset nævner.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="186"/>
        <source>The presentation was signed by someone other than the credential&apos;s holder.</source>
        <translation>Præsentationen er underskrevet af en anden end bevisets indehaver.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="187"/>
        <source>The holder&apos;s signature on the presentation does not match.</source>
        <translation>Indehaverens underskrift på præsentationen passer ikke.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="188"/>
        <source>The presentation is not signed by its holder.</source>
        <translation>Præsentationen er ikke underskrevet af indehaveren.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="190"/>
        <source>No further information.</source>
        <translation>Ingen yderligere oplysninger.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="196"/>
        <source>Learner</source>
        <translation>Den lærende</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="197"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="198"/>
        <source>Country of the issuer</source>
        <translation>Udstederens land</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="199"/>
        <source>Awarding body</source>
        <translation>Tildelende institution</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="200"/>
        <source>Date issued</source>
        <translation>Udstedelsesdato</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="201"/>
        <source>Learning outcomes</source>
        <translation>Læringsudbytte</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="202"/>
        <source>Workload</source>
        <translation>Arbejdsbelastning</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="203"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="204"/>
        <source>Assessment</source>
        <translation>Bedømmelse</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="205"/>
        <source>Form of participation</source>
        <translation>Deltagelsesform</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="206"/>
        <source>Quality assurance</source>
        <translation>Kvalitetssikring</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="207"/>
        <source>Prerequisites</source>
        <translation>Forudsætninger</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="208"/>
        <source>Supervision and identity check</source>
        <translation>Tilsyn og identitetskontrol</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="209"/>
        <source>Grade</source>
        <translation>Karakter</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="210"/>
        <source>Integration and stackability</source>
        <translation>Integration og mulighed for at kombinere</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="211"/>
        <source>Further information</source>
        <translation>Yderligere oplysninger</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="212"/>
        <source>Valid until</source>
        <translation>Gyldigt indtil</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="216"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="223"/>
        <source>an unknown date</source>
        <translation>en ukendt dato</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="237"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
</context>
<context>
    <name>CredentialCardDelegate</name>
    <message>
        <location filename="../../ui/credentials/card_view.py" line="57"/>
        <source>Issued %1</source>
        <translation>Udstedt %1</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/card_view.py" line="59"/>
        <source>%1 ECTS</source>
        <translation>%1 ECTS</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/card_view.py" line="61"/>
        <source>EQF %1</source>
        <translation>EQF %1</translation>
    </message>
</context>
<context>
    <name>CredentialDetailView</name>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="105"/>
        <source>← &amp;Back to list</source>
        <translation>← &amp;Tilbage til listen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="106"/>
        <source>Back to the list</source>
        <translation>Tilbage til listen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="107"/>
        <source>Back to the list (Esc)</source>
        <translation>Tilbage til listen (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="110"/>
        <source>Re-&amp;check</source>
        <translation>&amp;Kontrollér igen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="111"/>
        <source>Check this credential again</source>
        <translation>Kontrollér dette bevis igen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="113"/>
        <source>T&amp;rust this issuer…</source>
        <translation>&amp;Hav tillid til denne udsteder…</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="114"/>
        <source>Trust this issuer</source>
        <translation>Hav tillid til denne udsteder</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="116"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="117"/>
        <source>Delete this credential</source>
        <translation>Slet dette bevis</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="148"/>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="162"/>
        <source>Links in this credential</source>
        <translation>Links i dette bevis</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="168"/>
        <location filename="../../ui/credentials/credential_detail.py" line="471"/>
        <source>Show the &amp;original</source>
        <translation>Vis &amp;originalen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="169"/>
        <source>Show the original</source>
        <translation>Vis originalen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="176"/>
        <source>The original credential</source>
        <translation>Det originale bevis</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="195"/>
        <source>Issuer</source>
        <translation>Udsteder</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="197"/>
        <source>EU credential elements</source>
        <translation>Bevisets EU-elementer</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="200"/>
        <source>Learning outcomes</source>
        <translation>Læringsudbytte</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="202"/>
        <source>Optional elements</source>
        <translation>Valgfrie elementer</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="206"/>
        <source>Your tags</source>
        <translation>Dine mærker</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="208"/>
        <source>Your note</source>
        <translation>Din note</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="210"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="225"/>
        <source>Credential details</source>
        <translation>Detaljer om beviset</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="277"/>
        <source>Untitled credential</source>
        <translation>Bevis uden titel</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="306"/>
        <source>This credential has not been checked yet.</source>
        <translation>Dette bevis er endnu ikke kontrolleret.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="308"/>
        <source>Last checked: %1</source>
        <translation>Sidst kontrolleret: %1</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="320"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="329"/>
        <source>(Status list as of %1.)</source>
        <translation>(Statusliste fra %1.)</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="348"/>
        <source>Not named</source>
        <translation>Ikke navngivet</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="350"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="351"/>
        <source>Identifier</source>
        <translation>Identifikator</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="351"/>
        <source>Not given</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="354"/>
        <location filename="../../ui/credentials/credential_detail.py" line="356"/>
        <source>Web domain</source>
        <translation>Webdomæne</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="356"/>
        <source>None: the identifier is a bare key, not tied to a website</source>
        <translation>Intet: identifikatoren er en ren nøgle, ikke knyttet til et websted</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="361"/>
        <source>Certificate subject</source>
        <translation>Certifikatets emne</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="363"/>
        <source>Recognised: in a trust list you accept</source>
        <translation>Genkendt: på en tillidsliste, du accepterer</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="364"/>
        <source>Listed as not trusted</source>
        <translation>Angivet som ikke betroet</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="365"/>
        <source>Not recognised: in no trust list you accept</source>
        <translation>Ikke genkendt: på ingen tillidsliste, du accepterer</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="368"/>
        <source>Recognition</source>
        <translation>Genkendelse</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="370"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="388"/>
        <source>%1 ECTS credits</source>
        <translation>%1 ECTS-point</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="390"/>
        <source>%1 hours</source>
        <translation>%1 timer</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="395"/>
        <source>EQF level %1</source>
        <translation>EQF-niveau %1</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="397"/>
        <source>QF-EHEA: %1</source>
        <translation>QF-EHEA: %1</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="401"/>
        <source>Listed below (%1)</source>
        <translation>Angivet nedenfor (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="411"/>
        <source>All 11 mandatory elements are present.</source>
        <translation>Alle 11 obligatoriske elementer er til stede.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="414"/>
        <source>%1 of the 11 mandatory elements are missing: %2.</source>
        <translation>%1 af de 11 obligatoriske elementer mangler: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="420"/>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="426"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="429"/>
        <source>None given.</source>
        <translation>Ikke angivet.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="434"/>
        <source>The credential lists no learning outcomes.</source>
        <translation>Beviset angiver intet læringsudbytte.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="456"/>
        <source>Open link %1</source>
        <translation>Åbn linket %1</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="457"/>
        <source>Asks before opening: %1</source>
        <translation>Spørger før åbning: %1</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="464"/>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="466"/>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="471"/>
        <source>Hide the &amp;original</source>
        <translation>Skjul &amp;originalen</translation>
    </message>
</context>
<context>
    <name>CredentialFilterBar</name>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="34"/>
        <source>Filter by issuer</source>
        <translation>Filtrér efter udsteder</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="35"/>
        <source>Filter by verification</source>
        <translation>Filtrér efter verifikation</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="36"/>
        <source>Filter by tag</source>
        <translation>Filtrér efter mærke</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="37"/>
        <source>Filter by format</source>
        <translation>Filtrér efter format</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="38"/>
        <source>Any status</source>
        <translation>Enhver status</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="39"/>
        <source>Verified</source>
        <translation>Verificeret</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="40"/>
        <source>Issuer not recognised</source>
        <translation>Udsteder ikke genkendt</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="41"/>
        <source>Cannot check offline</source>
        <translation>Kan ikke kontrolleres offline</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="42"/>
        <source>Not valid</source>
        <translation>Ikke gyldigt</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="44"/>
        <source>Sort by</source>
        <translation>Sortér efter</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="46"/>
        <source>Date added</source>
        <translation>Dato tilføjet</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="47"/>
        <source>Date issued</source>
        <translation>Udstedelsesdato</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="48"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="49"/>
        <source>Issuer</source>
        <translation>Udsteder</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="50"/>
        <source>EQF level</source>
        <translation>EQF-niveau</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="51"/>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="52"/>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="53"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="59"/>
        <source>Sort direction</source>
        <translation>Sorteringsretning</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="63"/>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="65"/>
        <source>S&amp;ort by:</source>
        <translation>S&amp;ortér efter:</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="89"/>
        <source>%1: choices</source>
        <translation>%1: valgmuligheder</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="104"/>
        <source>Any issuer</source>
        <translation>Enhver udsteder</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="105"/>
        <source>Any tag</source>
        <translation>Ethvert mærke</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="106"/>
        <source>Any format</source>
        <translation>Ethvert format</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="144"/>
        <source>Newest first</source>
        <translation>Nyeste først</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="144"/>
        <source>Oldest first</source>
        <translation>Ældste først</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="146"/>
        <source>Highest first</source>
        <translation>Højeste først</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="146"/>
        <source>Lowest first</source>
        <translation>Laveste først</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="148"/>
        <source>Problems first</source>
        <translation>Problemer først</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="148"/>
        <source>Verified first</source>
        <translation>Verificerede først</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="150"/>
        <source>Z to A</source>
        <translation>Å til A</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="150"/>
        <source>A to Z</source>
        <translation>A til Å</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="152"/>
        <source>Sort direction: %1</source>
        <translation>Sorteringsretning: %1</translation>
    </message>
</context>
<context>
    <name>CredentialListView</name>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="87"/>
        <source>Search titles, issuers, outcomes and tags  (Ctrl+F)</source>
        <translation>Søg i titler, udstedere, læringsudbytte og mærker  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="88"/>
        <source>Search credentials</source>
        <translation>Søg i beviser</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="92"/>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="92"/>
        <source>Show as a list</source>
        <translation>Vis som liste</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="93"/>
        <source>C&amp;ards</source>
        <translation>K&amp;ort</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="93"/>
        <source>Show as cards</source>
        <translation>Vis som kort</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="107"/>
        <source>Credentials</source>
        <translation>Beviser</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="120"/>
        <source>Columns; choose one to sort by it</source>
        <translation>Kolonner; vælg en for at sortere efter den</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="121"/>
        <source>Rows</source>
        <translation>Rækker</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="138"/>
        <source>Credentials as cards</source>
        <translation>Beviser som kort</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="203"/>
        <location filename="../../ui/credentials/credential_list.py" line="220"/>
        <source>No credentials yet</source>
        <translation>Endnu ingen beviser</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="206"/>
        <source>Your wallet is ready. Use Add credentials… or drag a credential file here: badges, diplomas and micro-credentials in JSON, JWT, PNG, SVG or XML.</source>
        <translation>Din tegnebog er klar. Vælg Tilføj beviser… eller træk en fil hertil: badges, eksamensbeviser og mikrokvalifikationer i JSON, JWT, PNG, SVG eller XML.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="211"/>
        <source>You can also add one from a terminal: satchel import FILE</source>
        <translation>Du kan også tilføje et fra en terminal: satchel import FIL</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="334"/>
        <source>No credential matches “%1”.</source>
        <translation>Intet bevis matcher “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="336"/>
        <source>No credential matches these filters.</source>
        <translation>Intet bevis matcher disse filtre.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="341"/>
        <source>Credentials in your wallet: %1</source>
        <translation>Beviser i din tegnebog: %1</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="343"/>
        <source>Showing %1 of %2 credentials</source>
        <translation>Viser %1 af %2 beviser</translation>
    </message>
</context>
<context>
    <name>CredentialTableModel</name>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="154"/>
        <source>Untitled credential</source>
        <translation>Bevis uden titel</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="167"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="168"/>
        <source>Awarding body</source>
        <translation>Tildelende institution</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="169"/>
        <source>Issued</source>
        <translation>Udstedt</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="170"/>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="171"/>
        <source>EQF level</source>
        <translation>EQF-niveau</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="172"/>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="173"/>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="174"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../ui/app.py" line="100"/>
        <source>Satchel — demo wallet (password: %1)</source>
        <translation>Satchel — demotegnebog (adgangskode: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <source>Demo wallet: sample credentials, deleted when you quit. Password: %1</source>
        <translation>Demotegnebog: eksempelbeviser, slettes, når du afslutter. Adgangskode: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Wrong password. Check that Caps Lock is off and try again.</source>
        <translation>Forkert adgangskode. Kontrollér, at Caps Lock er slået fra, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>A recovery code has 40 letters and digits (eight groups of five).</source>
        <translation>En gendannelseskode har 40 bogstaver og cifre (otte grupper af fem).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>Group %1 of the recovery code looks mistyped. Check it against what you wrote down.</source>
        <translation>Gruppe %1 i gendannelseskoden ser forkert indtastet ud. Sammenlign den med det, du skrev ned.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>This is not a valid recovery code.</source>
        <translation>Dette er ikke en gyldig gendannelseskode.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>There is no wallet in this folder.</source>
        <translation>Der er ingen tegnebog i denne mappe.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>A wallet already exists in this folder.</source>
        <translation>Der findes allerede en tegnebog i denne mappe.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>The wallet is locked. Unlock it and try again.</source>
        <translation>Tegnebogen er låst. Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>The wallet&apos;s protection settings are weaker than allowed; it may have been tampered with.</source>
        <translation>Tegnebogens beskyttelsesindstillinger er svagere end tilladt; der kan være pillet ved den.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>The wallet&apos;s key file (vault.json) is damaged or from a newer version of Satchel.</source>
        <translation>Tegnebogens nøglefil (vault.json) er beskadiget eller fra en nyere version af Satchel.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>The wallet failed its integrity check. Restore it from a backup.</source>
        <translation>Tegnebogen bestod ikke integritetskontrollen. Gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>The wallet was made by a newer version of Satchel.</source>
        <translation>Tegnebogen er lavet med en nyere version af Satchel.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>The backup could not be read.</source>
        <translation>Sikkerhedskopien kunne ikke læses.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>That credential is no longer in the wallet.</source>
        <translation>Det bevis er ikke længere i tegnebogen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>The file could not be read as a credential.</source>
        <translation>Filen kunne ikke læses som et bevis.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>The wallet could not be opened.</source>
        <translation>Tegnebogen kunne ikke åbnes.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>The file system refused the operation: %1</source>
        <translation>Filsystemet afviste handlingen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>Something went wrong.</source>
        <translation>Noget gik galt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>Satchel ran into an unexpected problem. Your wallet is safe; you may want to restart the app.</source>
        <translation>Satchel løb ind i et uventet problem. Din tegnebog er i sikkerhed; du kan genstarte programmet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>Unexpected problem</source>
        <translation>Uventet problem</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="46"/>
        <source>Create your wallet</source>
        <translation>Opret din tegnebog</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="49"/>
        <source>Satchel keeps your credentials encrypted on this computer. Choose a password to open your wallet. Nobody else can reset it, so you will also get a recovery code.</source>
        <translation>Satchel opbevarer dine beviser krypteret på denne computer. Vælg en adgangskode til at åbne din tegnebog. Ingen andre kan nulstille den, så du får også en gendannelseskode.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="54"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="56"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="57"/>
        <source>Creating your wallet…</source>
        <translation>Opretter din tegnebog…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="58"/>
        <location filename="../../ui/unlock/first_run_view.py" line="59"/>
        <source>Create wallet</source>
        <translation>Opret tegnebog</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="117"/>
        <source>Save your recovery code</source>
        <translation>Gem din gendannelseskode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="120"/>
        <source>If you forget your password, this code is the only way back into your wallet. Write it down or keep it in a password manager, somewhere safe. It is shown only this once.</source>
        <translation>Hvis du glemmer din adgangskode, er denne kode den eneste vej tilbage til din tegnebog. Skriv den ned, eller gem den i en adgangskodeadministrator, et sikkert sted. Den vises kun denne ene gang.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="137"/>
        <source>Recovery code</source>
        <translation>Gendannelseskode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="138"/>
        <source>Copy code</source>
        <translation>Kopiér kode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="139"/>
        <source>Copy the recovery code</source>
        <translation>Kopiér gendannelseskoden</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="142"/>
        <location filename="../../ui/unlock/first_run_view.py" line="143"/>
        <source>I have saved my recovery code</source>
        <translation>Jeg har gemt min gendannelseskode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="144"/>
        <source>Continue</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="145"/>
        <source>Continue to the wallet</source>
        <translation>Fortsæt til tegnebogen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="170"/>
        <source>Copied. The clipboard will be cleared in %1 seconds.</source>
        <translation>Kopieret. Udklipsholderen ryddes om %1 sekunder.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="132"/>
        <source>&amp;Add credentials…</source>
        <translation>&amp;Tilføj beviser…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="133"/>
        <source>Add credential files to your wallet (Ctrl+O)</source>
        <translation>Tilføj bevisfiler til din tegnebog (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="135"/>
        <source>Add a &amp;folder…</source>
        <translation>Tilføj en &amp;mappe…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="136"/>
        <source>Add every credential in a folder and its subfolders</source>
        <translation>Tilføj alle beviser i en mappe og dens undermapper</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="137"/>
        <source>&amp;Paste credential</source>
        <translation>&amp;Indsæt bevis</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="138"/>
        <source>Add the credential on the clipboard: JSON, a JWT or an image of a QR code (Ctrl+V)</source>
        <translation>Tilføj beviset på udklipsholderen: JSON, en JWT eller et billede af en QR-kode (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="139"/>
        <source>&amp;Import a QR code image…</source>
        <translation>Importér billede med &amp;QR-kode…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="140"/>
        <source>Add the credential shown as a QR code in an image</source>
        <translation>Tilføj beviset, der vises som en QR-kode i et billede</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="180"/>
        <source>Paste credential</source>
        <translation>Indsæt bevis</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="181"/>
        <source>The clipboard holds no credential. Copy a credential&apos;s JSON, a JWT or an image of its QR code first.</source>
        <translation>Udklipsholderen indeholder intet bevis. Kopiér først et bevis&apos; JSON, en JWT eller et billede af dets QR-kode.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="220"/>
        <source>Adding credentials</source>
        <translation>Tilføjer beviser</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="266"/>
        <source>“%1” failed verification, so it may have been altered, expired or revoked. Keep it in your wallet anyway? It will be marked as failed, and you can read why in its report.</source>
        <translation>“%1” bestod ikke verifikationen, så det kan være ændret, udløbet eller tilbagekaldt. Vil du alligevel beholde det i din tegnebog? Det bliver markeret som fejlet, og du kan læse hvorfor i rapporten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/import_controller.py" line="271"/>
        <source>%n credentials failed verification, so they may have been altered, expired or revoked. Keep them in your wallet anyway? They will be marked as failed, and you can read why in their reports.</source>
        <translation>
            <numerusform>%n bevis bestod ikke verifikationen, så det kan være ændret, udløbet eller tilbagekaldt. Vil du alligevel beholde det i din tegnebog? Det bliver markeret som fejlet, og du kan læse hvorfor i rapporten.</numerusform>
            <numerusform>%n beviser bestod ikke verifikationen, så de kan være ændret, udløbet eller tilbagekaldt. Vil du alligevel beholde dem i din tegnebog? De bliver markeret som fejlet, og du kan læse hvorfor i rapporterne.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="276"/>
        <source>Keep credentials that failed verification?</source>
        <translation>Beholde beviser, der ikke bestod verifikationen?</translation>
    </message>
</context>
<context>
    <name>ImportSources</name>
    <message>
        <location filename="../../ui/imports/sources.py" line="23"/>
        <source>Credentials (%1)</source>
        <translation>Beviser (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="24"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="32"/>
        <source>Add credentials</source>
        <translation>Tilføj beviser</translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="39"/>
        <source>Add a folder of credentials</source>
        <translation>Tilføj en mappe med beviser</translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="47"/>
        <source>Import a QR code image</source>
        <translation>Importér billede med QR-kode</translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="49"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Billeder (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="42"/>
        <source>Pasted credential</source>
        <translation>Indsat bevis</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="49"/>
        <source>Added, although it failed verification: %1</source>
        <translation>Tilføjet, selv om det ikke bestod verifikationen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="50"/>
        <source>Added: %1</source>
        <translation>Tilføjet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="52"/>
        <source>Already in your wallet: %1</source>
        <translation>Allerede i din tegnebog: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="54"/>
        <source>Not added, it failed verification: %1</source>
        <translation>Ikke tilføjet, bestod ikke verifikationen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="57"/>
        <source>Could not be read: %1. %2</source>
        <translation>Kunne ikke læses: %1. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/summary_dialog.py" line="71"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n tilføjet</numerusform>
            <numerusform>%n tilføjet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/summary_dialog.py" line="73"/>
        <source>%n already in your wallet</source>
        <translation>
            <numerusform>%n allerede i din tegnebog</numerusform>
            <numerusform>%n allerede i din tegnebog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/summary_dialog.py" line="75"/>
        <source>%n failed verification</source>
        <translation>
            <numerusform>%n bestod ikke verifikationen</numerusform>
            <numerusform>%n bestod ikke verifikationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="78"/>
        <source>1 could not be read: %1</source>
        <translation>1 kunne ikke læses: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/summary_dialog.py" line="80"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n kunne ikke læses</numerusform>
            <numerusform>%n kunne ikke læses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="83"/>
        <source>No files were found to add.</source>
        <translation>Der blev ikke fundet nogen filer at tilføje.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="85"/>
        <source>Import cancelled. %1</source>
        <translation>Import annulleret. %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="142"/>
        <source>Import finished</source>
        <translation>Import fuldført</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="142"/>
        <source>Import cancelled</source>
        <translation>Import annulleret</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="150"/>
        <source>Imported files</source>
        <translation>Importerede filer</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="161"/>
        <source>Select a line to open the credential, or to see why it was not added.</source>
        <translation>Vælg en linje for at åbne beviset eller se, hvorfor det ikke blev tilføjet.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="166"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="170"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>ImportWording</name>
    <message>
        <location filename="../../ui/imports/wording.py" line="18"/>
        <source>It is larger than any credential Satchel reads.</source>
        <translation>Den er større end noget bevis, Satchel læser.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="20"/>
        <source>It is empty.</source>
        <translation>Den er tom.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="22"/>
        <source>The file could not be opened.</source>
        <translation>Filen kunne ikke åbnes.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="24"/>
        <source>The image holds neither a baked credential nor a QR code.</source>
        <translation>Billedet indeholder hverken et indbagt bevis eller en QR-kode.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="26"/>
        <source>No QR code was found in the image.</source>
        <translation>Der blev ikke fundet nogen QR-kode i billedet.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="28"/>
        <source>The QR code holds a web link, not a credential. Satchel does not download credentials.</source>
        <translation>QR-koden indeholder et weblink, ikke et bevis. Satchel downloader ikke beviser.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="32"/>
        <source>The QR code holds text that is not a credential.</source>
        <translation>QR-koden indeholder tekst, der ikke er et bevis.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="34"/>
        <source>This is not a credential format Satchel reads.</source>
        <translation>Dette er ikke et bevisformat, Satchel læser.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="36"/>
        <source>The token is damaged: it cannot be decoded.</source>
        <translation>Tokenet er beskadiget: det kan ikke afkodes.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="38"/>
        <source>The image is damaged.</source>
        <translation>Billedet er beskadiget.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="40"/>
        <source>The badge image is damaged or holds its credential in a way Satchel refuses.</source>
        <translation>Badgebilledet er beskadiget eller indeholder beviset på en måde, Satchel afviser.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="42"/>
        <source>The XML document is damaged or uses features Satchel refuses for safety.</source>
        <translation>XML-dokumentet er beskadiget eller bruger funktioner, som Satchel af sikkerhedshensyn afviser.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="44"/>
        <source>The document is damaged: it is not well-formed.</source>
        <translation>Dokumentet er beskadiget: det er ikke korrekt opbygget.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="46"/>
        <source>The selective-disclosure credential is damaged.</source>
        <translation>Beviset med selektiv videregivelse er beskadiget.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="47"/>
        <source>The file could not be read as a credential.</source>
        <translation>Filen kunne ikke læses som et bevis.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="52"/>
        <source>Verified</source>
        <translation>Verificeret</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="54"/>
        <source>Failed verification</source>
        <translation>Bestod ikke verifikationen</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="55"/>
        <source>Could not be verified</source>
        <translation>Kunne ikke verificeres</translation>
    </message>
</context>
<context>
    <name>LinkConfirm</name>
    <message>
        <location filename="../../ui/widgets/link_confirm.py" line="63"/>
        <source>Link not opened</source>
        <translation>Linket blev ikke åbnet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_confirm.py" line="64"/>
        <source>Satchel opens only web links (http or https). This link was not opened:

%1</source>
        <translation>Satchel åbner kun weblinks (http eller https). Dette link blev ikke åbnet:

%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_confirm.py" line="71"/>
        <source>Open link?</source>
        <translation>Åbne linket?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_confirm.py" line="72"/>
        <source>This link comes from the credential, not from Satchel. Open it in your browser?

%1</source>
        <translation>Dette link kommer fra beviset, ikke fra Satchel. Åbne det i din browser?

%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/imports/host.py" line="36"/>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Wallet</source>
        <translation>&amp;Tegnebog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>&amp;Lock wallet</source>
        <translation>&amp;Lås tegnebogen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Lock the wallet now (Ctrl+L)</source>
        <translation>Lås tegnebogen nu (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>&amp;About Satchel</source>
        <translation>&amp;Om Satchel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>&amp;Find…</source>
        <translation>&amp;Søg…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Search your credentials (Ctrl+F)</source>
        <translation>Søg i dine beviser (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>As a &amp;list</source>
        <translation>Som &amp;liste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>As &amp;cards</source>
        <translation>Som &amp;kort</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>&amp;Open details</source>
        <translation>&amp;Åbn detaljer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Open the selected credential (Enter)</source>
        <translation>Åbn det valgte bevis (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Delete the selected credential (Delete)</source>
        <translation>Slet det valgte bevis (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Credential</source>
        <translation>&amp;Bevis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Wallet</source>
        <translation>Tegnebog</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Wallet actions</source>
        <translation>Handlinger for tegnebogen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Delete credential?</source>
        <translation>Slette beviset?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Delete “%1” from your wallet? This cannot be undone, unless you have a backup.</source>
        <translation>Slette “%1” fra din tegnebog? Det kan ikke fortrydes, medmindre du har en sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>this credential</source>
        <translation>dette bevis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>About Satchel</source>
        <translation>Om Satchel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Satchel keeps your learning credentials: badges, diplomas and micro-credentials, verified and encrypted on your own computer.</source>
        <translation>Satchel opbevarer dine uddannelsesbeviser: badges, eksamensbeviser og mikrokvalifikationer, verificeret og krypteret på din egen computer.</translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="99"/>
        <location filename="../../ui/widgets/new_password_form.py" line="109"/>
        <source>Repeat the password</source>
        <translation>Gentag adgangskoden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="102"/>
        <source>Password problem</source>
        <translation>Problem med adgangskoden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="136"/>
        <source>Choose a password.</source>
        <translation>Vælg en adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="141"/>
        <source>The two passwords are not the same. Type the password again in the second field.</source>
        <translation>De to adgangskoder er ikke ens. Skriv adgangskoden igen i det andet felt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="151"/>
        <source>Weak password</source>
        <translation>Svag adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="152"/>
        <source>%1 password: %2

Anyone who copies your wallet file could try to guess it. Use it anyway?</source>
        <translation>%1 adgangskode: %2

Enhver, der kopierer din tegnebogsfil, kan forsøge at gætte den. Brug den alligevel?</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="26"/>
        <source>Anything you want to remember: where you used it, what it took…</source>
        <translation>Alt, hvad du vil huske: hvor du brugte det, hvad det krævede…</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="27"/>
        <source>Your note</source>
        <translation>Din note</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="28"/>
        <source>Only you see this note; it is kept encrypted in your wallet.</source>
        <translation>Kun du ser denne note; den opbevares krypteret i din tegnebog.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="31"/>
        <source>&amp;Save note</source>
        <translation>&amp;Gem note</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="32"/>
        <source>Save note</source>
        <translation>Gem note</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="62"/>
        <location filename="../../ui/credentials/note_editor.py" line="74"/>
        <source>Not saved yet</source>
        <translation>Endnu ikke gemt</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="74"/>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../ui/widgets/password_field.py" line="42"/>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password_field.py" line="42"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password_field.py" line="43"/>
        <source>Hide password</source>
        <translation>Skjul adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password_field.py" line="43"/>
        <source>Show password</source>
        <translation>Vis adgangskode</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="271"/>
        <source>Pr&amp;eferences…</source>
        <translation>Indstillinge&amp;r…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="272"/>
        <source>Language, colours, automatic lock and trusted issuers</source>
        <translation>Sprog, farver, automatisk låsning og betroede udstedere</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="162"/>
        <location filename="../../ui/preferences/preferences_dialog.py" line="163"/>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="164"/>
        <source>Appearance</source>
        <translation>Udseende</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="165"/>
        <source>Security</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="166"/>
        <location filename="../../ui/preferences/preferences_dialog.py" line="185"/>
        <source>Issuers you trust</source>
        <translation>Udstedere, du har tillid til</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="167"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="168"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="169"/>
        <source>Same as the system</source>
        <translation>Samme som systemet</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="170"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Farver:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="171"/>
        <source>Colour scheme</source>
        <translation>Farveskema</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="172"/>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="173"/>
        <source>Light</source>
        <translation>Lys</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="174"/>
        <source>Dark</source>
        <translation>Mørk</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="175"/>
        <source>Lock &amp;after:</source>
        <translation>Lås &amp;efter:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="176"/>
        <source>Lock after this many idle minutes</source>
        <translation>Lås efter så mange minutters inaktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="177"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="178"/>
        <source> min idle</source>
        <translation> min. inaktiv</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="181"/>
        <source>Credentials from these issuers show as coming from an issuer you trust. To add one, open a credential and choose “Trust this issuer”.</source>
        <translation>Beviser fra disse udstedere vises som kommende fra en udsteder, du har tillid til. For at tilføje en skal du åbne et bevis og vælge “Hav tillid til denne udsteder”.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="186"/>
        <source>You have not added any issuers yet.</source>
        <translation>Du har endnu ikke tilføjet nogen udstedere.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="187"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="188"/>
        <source>Remove the selected issuer</source>
        <translation>Fjern den valgte udsteder</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="189"/>
        <location filename="../../ui/preferences/preferences_dialog.py" line="190"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="22"/>
        <source>Getting ready…</source>
        <translation>Gør klar…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="24"/>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="30"/>
        <source>Current item</source>
        <translation>Aktuelt element</translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="34"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="50"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="59"/>
        <source>Stopping after the current item…</source>
        <translation>Stopper efter det aktuelle element…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="108"/>
        <source>New recovery code</source>
        <translation>Ny gendannelseskode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="124"/>
        <location filename="../../ui/vault_actions/dialogs.py" line="144"/>
        <source>Make a new recovery code</source>
        <translation>Lav en ny gendannelseskode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="127"/>
        <source>A new code replaces your current one: the old code stops working at once. Type your password to continue.</source>
        <translation>En ny kode erstatter din nuværende: den gamle kode holder straks op med at virke. Skriv din adgangskode for at fortsætte.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="131"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="132"/>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="139"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="141"/>
        <source>Checking your password…</source>
        <translation>Kontrollerer din adgangskode…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="143"/>
        <source>&amp;Make new code</source>
        <translation>&amp;Lav ny kode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="146"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="160"/>
        <source>Save your new recovery code</source>
        <translation>Gem din nye gendannelseskode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="164"/>
        <source>If you forget your password, this code is the only way back into your wallet. Write it down or keep it in a password manager, somewhere safe. It is shown only this once.</source>
        <translation>Hvis du glemmer din adgangskode, er denne kode den eneste vej tilbage til din tegnebog. Skriv den ned, eller gem den i en adgangskodeadministrator, et sikkert sted. Den vises kun denne ene gang.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="182"/>
        <source>Recovery code</source>
        <translation>Gendannelseskode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="185"/>
        <source>&amp;Copy code</source>
        <translation>&amp;Kopiér kode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="186"/>
        <source>Copy the recovery code</source>
        <translation>Kopiér gendannelseskoden</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="192"/>
        <location filename="../../ui/vault_actions/dialogs.py" line="193"/>
        <source>I have saved my new recovery code</source>
        <translation>Jeg har gemt min nye gendannelseskode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="194"/>
        <source>&amp;Done</source>
        <translation>&amp;Færdig</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="195"/>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="242"/>
        <source>Copied. The clipboard will be cleared in %1 seconds.</source>
        <translation>Kopieret. Udklipsholderen ryddes om %1 sekunder.</translation>
    </message>
</context>
<context>
    <name>RecoveryView</name>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="29"/>
        <source>Use your recovery code</source>
        <translation>Brug din gendannelseskode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="32"/>
        <source>Type the recovery code you saved when you created the wallet, then choose a new password. The code keeps working afterwards.</source>
        <translation>Skriv den gendannelseskode, du gemte, da du oprettede tegnebogen, og vælg derefter en ny adgangskode. Koden virker stadig bagefter.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="37"/>
        <location filename="../../ui/unlock/recovery_view.py" line="41"/>
        <source>Recovery code</source>
        <translation>Gendannelseskode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="43"/>
        <source>New password</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="45"/>
        <source>Recovery problem</source>
        <translation>Problem med gendannelse</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="46"/>
        <source>Opening your wallet…</source>
        <translation>Åbner din tegnebog…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="47"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="48"/>
        <source>Back to the password</source>
        <translation>Tilbage til adgangskoden</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="49"/>
        <location filename="../../ui/unlock/recovery_view.py" line="50"/>
        <source>Recover wallet</source>
        <translation>Gendan tegnebog</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="77"/>
        <source>Type your recovery code.</source>
        <translation>Skriv din gendannelseskode.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="110"/>
        <source>This recovery code does not open this wallet.</source>
        <translation>Denne gendannelseskode åbner ikke denne tegnebog.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/imports/report_dialog.py" line="22"/>
        <location filename="../../ui/imports/report_dialog.py" line="23"/>
        <source>Verification report</source>
        <translation>Verifikationsrapport</translation>
    </message>
    <message>
        <location filename="../../ui/imports/report_dialog.py" line="28"/>
        <source>Result: %1</source>
        <translation>Resultat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/report_dialog.py" line="45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/imports/report_dialog.py" line="59"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="258"/>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="258"/>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="262"/>
        <source>Credentials in “%1” that are not in your wallet yet will be added; nothing in your wallet is removed or replaced.</source>
        <translation>Beviser i “%1”, som endnu ikke er i din tegnebog, bliver tilføjet; intet i din tegnebog fjernes eller erstattes.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="267"/>
        <source>Backup password</source>
        <translation>Sikkerhedskopiens adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="268"/>
        <source>Current password, if different</source>
        <translation>Nuværende adgangskode, hvis den er anderledes</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="271"/>
        <source>&amp;Password of the backup (the wallet&apos;s password when it was backed up)</source>
        <translation>Sikkerhedskopiens &amp;adgangskode (tegnebogens adgangskode, da kopien blev lavet)</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="274"/>
        <source>Your &amp;current password, if it is different</source>
        <translation>Din &amp;nuværende adgangskode, hvis den er anderledes</translation>
    </message>
</context>
<context>
    <name>ReverifyRun</name>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="102"/>
        <source>Checking credentials again</source>
        <translation>Kontrollerer beviser igen</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="121"/>
        <location filename="../../ui/vault_actions/vault_actions.py" line="142"/>
        <source>Check again</source>
        <translation>Kontrollér igen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="130"/>
        <source>%n credential(s) checked again.</source>
        <translation>
            <numerusform>%n bevis kontrolleret igen.</numerusform>
            <numerusform>%n beviser kontrolleret igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="132"/>
        <source>%n changed result.</source>
        <translation>
            <numerusform>%n fik et andet resultat.</numerusform>
            <numerusform>%n fik et andet resultat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="134"/>
        <source>No results changed.</source>
        <translation>Ingen resultater ændrede sig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="136"/>
        <source>%n could not be checked.</source>
        <translation>
            <numerusform>%n kunne ikke kontrolleres.</numerusform>
            <numerusform>%n kunne ikke kontrolleres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="138"/>
        <source>Stopped before the end.</source>
        <translation>Stoppet før slutningen.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="30"/>
        <source>Very weak</source>
        <translation>Meget svag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="31"/>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="32"/>
        <source>Fair</source>
        <translation>Rimelig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="33"/>
        <source>Good</source>
        <translation>God</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="34"/>
        <source>Strong</source>
        <translation>Stærk</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="37"/>
        <location filename="../../ui/widgets/new_password_form.py" line="77"/>
        <source>Type a password.</source>
        <translation>Skriv en adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="38"/>
        <source>Too short: use at least 8 characters, or better, a few words.</source>
        <translation>For kort: brug mindst 8 tegn eller, endnu bedre, et par ord.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="41"/>
        <source>This is one of the most used passwords; anyone would guess it.</source>
        <translation>Dette er en af de mest brugte adgangskoder; alle ville gætte den.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="42"/>
        <source>One character repeated is easy to guess.</source>
        <translation>Ét gentaget tegn er let at gætte.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="43"/>
        <source>A run of keys or digits is easy to guess.</source>
        <translation>En række taster eller cifre er let at gætte.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="44"/>
        <source>Only digits: add letters, or make it longer.</source>
        <translation>Kun cifre: tilføj bogstaver, eller gør den længere.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="45"/>
        <source>Only letters: make it longer, or add digits and symbols.</source>
        <translation>Kun bogstaver: gør den længere, eller tilføj cifre og symboler.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="46"/>
        <source>Make it longer: a few unrelated words work well.</source>
        <translation>Gør den længere: et par ord uden sammenhæng virker godt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="47"/>
        <source>A good password. Longer is even better.</source>
        <translation>En god adgangskode. Længere er endnu bedre.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="48"/>
        <source>A strong password.</source>
        <translation>En stærk adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="61"/>
        <source>Password strength</source>
        <translation>Adgangskodens styrke</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="75"/>
        <source>Strength: no password yet</source>
        <translation>Styrke: endnu ingen adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="76"/>
        <source>No password yet</source>
        <translation>Endnu ingen adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="85"/>
        <source>Strength: %1</source>
        <translation>Styrke: %1</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="37"/>
        <source>No tags yet.</source>
        <translation>Endnu ingen mærker.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="41"/>
        <source>Add a tag, e.g. “job applications”</source>
        <translation>Tilføj et mærke, f.eks. “jobansøgninger”</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="42"/>
        <source>New tag</source>
        <translation>Nyt mærke</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="45"/>
        <source>Add &amp;tag</source>
        <translation>Tilføj &amp;mærke</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="46"/>
        <source>Add tag</source>
        <translation>Tilføj mærke</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="57"/>
        <source>New name for the tag</source>
        <translation>Nyt navn til mærket</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="60"/>
        <source>&amp;Rename</source>
        <translation>&amp;Omdøb</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="61"/>
        <source>Rename tag</source>
        <translation>Omdøb mærke</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="63"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="64"/>
        <source>Cancel renaming</source>
        <translation>Annuller omdøbning</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="108"/>
        <source>Tag “%1”: rename or remove</source>
        <translation>Mærket “%1”: omdøb eller fjern</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="110"/>
        <source>&amp;Rename everywhere…</source>
        <translation>&amp;Omdøb overalt…</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="112"/>
        <source>Re&amp;move from this credential</source>
        <translation>&amp;Fjern fra dette bevis</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="130"/>
        <source>Type a tag first.</source>
        <translation>Skriv først et mærke.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="151"/>
        <source>Rename “%1” on every credential to:</source>
        <translation>Omdøb “%1” på alle beviser til:</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="166"/>
        <source>Type the new name first.</source>
        <translation>Skriv først det nye navn.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="184"/>
        <source>A tag has 1 to 64 characters.</source>
        <translation>Et mærke har 1 til 64 tegn.</translation>
    </message>
</context>
<context>
    <name>TrustIssuer</name>
    <message>
        <location filename="../../ui/preferences/trust.py" line="24"/>
        <source>Trust this issuer?</source>
        <translation>Have tillid til denne udsteder?</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/trust.py" line="25"/>
        <source>Credentials from “%1” will show as coming from an issuer you trust. Do this only if you know the issuer and got the credential from them. You can undo it in Preferences.</source>
        <translation>Beviser fra “%1” vises som kommende fra en udsteder, du har tillid til. Gør det kun, hvis du kender udstederen og har fået beviset fra dem. Du kan fortryde det under Indstillinger.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/trust.py" line="42"/>
        <source>You now trust “%1”.</source>
        <translation>Du har nu tillid til “%1”.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="41"/>
        <source>Unlock your wallet</source>
        <translation>Lås din tegnebog op</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="42"/>
        <source>Wallet in %1</source>
        <translation>Tegnebog i %1</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="44"/>
        <location filename="../../ui/unlock/unlock_view.py" line="45"/>
        <location filename="../../ui/unlock/unlock_view.py" line="46"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="49"/>
        <source>Unlock problem</source>
        <translation>Problem med oplåsning</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="50"/>
        <source>Unlocking…</source>
        <translation>Låser op…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="51"/>
        <location filename="../../ui/unlock/unlock_view.py" line="52"/>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="54"/>
        <location filename="../../ui/unlock/unlock_view.py" line="56"/>
        <source>Forgot password? Use recovery code</source>
        <translation>Glemt adgangskoden? Brug gendannelseskoden</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="80"/>
        <source>Type your password.</source>
        <translation>Skriv din adgangskode.</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="43"/>
        <source>Back up your wallet</source>
        <translation>Tag en sikkerhedskopi af din tegnebog</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="45"/>
        <source>Satchel backups (*%1)</source>
        <translation>Satchel-sikkerhedskopier (*%1)</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="54"/>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="56"/>
        <source>Satchel backups (*%1);;All files (*)</source>
        <translation>Satchel-sikkerhedskopier (*%1);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="189"/>
        <source>Chec&amp;k all credentials again</source>
        <translation>&amp;Kontrollér alle beviser igen</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="190"/>
        <source>Verify every credential again, with today&apos;s date and the local cache</source>
        <translation>Verificér alle beviser igen med dagens dato og den lokale cache</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="191"/>
        <source>&amp;Back up…</source>
        <translation>Tag &amp;sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="192"/>
        <source>Save an encrypted copy of your wallet</source>
        <translation>Gem en krypteret kopi af din tegnebog</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="193"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="194"/>
        <source>Add the credentials of a backup to this wallet</source>
        <translation>Tilføj beviserne fra en sikkerhedskopi til denne tegnebog</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="195"/>
        <source>Change pass&amp;word…</source>
        <translation>Skift a&amp;dgangskode…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="196"/>
        <source>Show a new recovery &amp;code…</source>
        <translation>Vis en &amp;ny gendannelseskode…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="236"/>
        <source>Type your current password.</source>
        <translation>Skriv din nuværende adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="242"/>
        <source>Changing the password…</source>
        <translation>Skifter adgangskoden…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="248"/>
        <source>Password changed</source>
        <translation>Adgangskoden er skiftet</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="248"/>
        <source>Your wallet now opens with the new password.</source>
        <translation>Din tegnebog åbner nu med den nye adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="252"/>
        <source>The current password is not right.</source>
        <translation>Den nuværende adgangskode er forkert.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="270"/>
        <source>Type your password.</source>
        <translation>Skriv din adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="277"/>
        <source>The password is not right.</source>
        <translation>Adgangskoden er forkert.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="291"/>
        <source>Backing up…</source>
        <translation>Tager sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="296"/>
        <source>Backup saved</source>
        <translation>Sikkerhedskopien er gemt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="298"/>
        <source>%n credential(s) saved to %1. The backup opens with your current password or your recovery code.</source>
        <translation>
            <numerusform>%n bevis gemt i %1. Sikkerhedskopien åbner med din nuværende adgangskode eller din gendannelseskode.</numerusform>
            <numerusform>%n beviser gemt i %1. Sikkerhedskopien åbner med din nuværende adgangskode eller din gendannelseskode.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="303"/>
        <source>Backup failed</source>
        <translation>Sikkerhedskopieringen mislykkedes</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="320"/>
        <source>Type the password of the backup.</source>
        <translation>Skriv sikkerhedskopiens adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="324"/>
        <source>Restoring…</source>
        <translation>Gendanner…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="332"/>
        <source>%n credential(s) added from the backup.</source>
        <translation>
            <numerusform>%n bevis tilføjet fra sikkerhedskopien.</numerusform>
            <numerusform>%n beviser tilføjet fra sikkerhedskopien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="334"/>
        <source>%n already in your wallet.</source>
        <translation>
            <numerusform>%n var allerede i din tegnebog.</numerusform>
            <numerusform>%n var allerede i din tegnebog.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="335"/>
        <source>Backup restored</source>
        <translation>Sikkerhedskopien er gendannet</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="339"/>
        <source>A password is not right: the backup&apos;s, or your current one if you typed it.</source>
        <translation>En adgangskode er forkert: sikkerhedskopiens eller din nuværende, hvis du skrev den.</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="39"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="40"/>
        <source>Working…</source>
        <translation>Arbejder…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="46"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
</TS>
