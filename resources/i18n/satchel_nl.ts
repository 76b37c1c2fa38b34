<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="83"/>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="83"/>
        <source>&amp;Change password</source>
        <translation>Wachtwoord &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="85"/>
        <source>Your wallet stays as it is; only the password that opens it changes. The recovery code still works.</source>
        <translation>Je wallet blijft zoals hij is; alleen het wachtwoord waarmee je hem opent verandert. De herstelcode blijft werken.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="87"/>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="88"/>
        <source>C&amp;urrent password</source>
        <translation>H&amp;uidig wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="94"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="58"/>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="59"/>
        <source>Verified — issuer not recognised</source>
        <translation>Geverifieerd — uitgever niet herkend</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="60"/>
        <source>Cannot check offline</source>
        <translation>Offline niet te controleren</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="61"/>
        <source>Not valid: expired</source>
        <translation>Niet geldig: verlopen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="62"/>
        <source>Not valid yet</source>
        <translation>Nog niet geldig</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="63"/>
        <source>Not valid: revoked</source>
        <translation>Niet geldig: ingetrokken</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="64"/>
        <source>Not valid: wrong signer</source>
        <translation>Niet geldig: verkeerde ondertekenaar</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="65"/>
        <location filename="../../ui/credentials/check_text.py" line="67"/>
        <source>Not valid</source>
        <translation>Niet geldig</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="66"/>
        <source>Tampered</source>
        <translation>Gewijzigd na ondertekening</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="71"/>
        <source>The signature checks out and the issuer is in a trust list you accept.</source>
        <translation>De handtekening klopt en de uitgever staat op een vertrouwenslijst die je accepteert.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="72"/>
        <source>The signature checks out, but the issuer is not in a trust list you accept.</source>
        <translation>De handtekening klopt, maar de uitgever staat niet op een vertrouwenslijst die je accepteert.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="73"/>
        <source>Nothing failed, but the credential could not be checked offline, or it is not signed.</source>
        <translation>Er is niets misgegaan, maar de credential kon offline niet worden gecontroleerd, of hij is niet ondertekend.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="74"/>
        <source>The credential&apos;s validity period has ended.</source>
        <translation>De geldigheidsperiode van de credential is voorbij.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="75"/>
        <source>The credential&apos;s validity period has not begun yet.</source>
        <translation>De geldigheidsperiode van de credential is nog niet begonnen.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="76"/>
        <source>The issuer has revoked or suspended this credential.</source>
        <translation>De uitgever heeft deze credential ingetrokken of geschorst.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="77"/>
        <source>It was signed with a key that does not belong to the issuer it names.</source>
        <translation>Hij is ondertekend met een sleutel die niet hoort bij de uitgever die erin staat.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="78"/>
        <location filename="../../ui/credentials/check_text.py" line="80"/>
        <source>A check failed; open the credential to see which.</source>
        <translation>Een controle is mislukt; open de credential om te zien welke.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="79"/>
        <source>The signature does not match: the credential was changed after it was signed.</source>
        <translation>De handtekening klopt niet: de credential is gewijzigd nadat hij was ondertekend.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="86"/>
        <source>Format</source>
        <translation>Opmaak</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="87"/>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="88"/>
        <source>Issuer&apos;s key</source>
        <translation>Sleutel van de uitgever</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="89"/>
        <source>Validity period</source>
        <translation>Geldigheidsperiode</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="90"/>
        <source>Revocation</source>
        <translation>Intrekking</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="91"/>
        <source>Issuer recognised</source>
        <translation>Uitgever herkend</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="92"/>
        <source>EU elements</source>
        <translation>EU-elementen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="93"/>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="98"/>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="99"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="100"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="101"/>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="109"/>
        <source>The document is a well-formed verifiable credential.</source>
        <translation>Het document is een correct opgebouwde verifieerbare credential.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="110"/>
        <source>The document is a well-formed signed token, and its claims agree with the credential.</source>
        <translation>Het document is een correct opgebouwd ondertekend token, en de gegevens erin komen overeen met de credential.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="111"/>
        <source>The document is a well-formed Open Badges 2.0 assertion.</source>
        <translation>Het document is een correct opgebouwde Open Badges 2.0-assertion.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="112"/>
        <source>The document is a well-formed SD-JWT credential.</source>
        <translation>Het document is een correct opgebouwde SD-JWT-credential.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="113"/>
        <source>The document lacks parts its format requires.</source>
        <translation>Het document mist onderdelen die het formaat vereist.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="114"/>
        <source>The document uses a vocabulary Satchel does not know, so it cannot be checked.</source>
        <translation>Het document gebruikt een vocabulaire die Satchel niet kent, dus het kan niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="115"/>
        <source>The document&apos;s vocabulary could not be read.</source>
        <translation>De vocabulaire van het document kon niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="117"/>
        <location filename="../../ui/credentials/check_text.py" line="118"/>
        <location filename="../../ui/credentials/check_text.py" line="119"/>
        <source>The signature is intact: nothing was changed since the issuer signed it.</source>
        <translation>De handtekening is intact: er is niets gewijzigd sinds de uitgever ondertekende.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="120"/>
        <source>The badge matches the copy the issuer hosts at %1.</source>
        <translation>De badge komt overeen met de kopie die de uitgever aanbiedt op %1.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="121"/>
        <source>The badge differs from the copy the issuer hosts: it may have been changed.</source>
        <translation>De badge wijkt af van de kopie die de uitgever aanbiedt: hij is mogelijk gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="122"/>
        <source>The issuer&apos;s hosted copy is not in the local cache; refresh it to check this badge.</source>
        <translation>De online kopie van de uitgever staat niet in de lokale cache; vernieuw die om deze badge te controleren.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="124"/>
        <source>The signature does not match: the credential was changed after it was signed, or the signature is broken.</source>
        <translation>De handtekening klopt niet: de credential is gewijzigd nadat hij was ondertekend, of de handtekening is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="126"/>
        <source>The credential is not signed, so its integrity cannot be checked.</source>
        <translation>De credential is niet ondertekend, dus de echtheid ervan kan niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="127"/>
        <source>The credential is signed in a way Satchel cannot check yet.</source>
        <translation>De credential is ondertekend op een manier die Satchel nog niet kan controleren.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="128"/>
        <source>The issuer&apos;s key could not be found offline, so the signature cannot be checked.</source>
        <translation>De sleutel van de uitgever is offline niet te vinden, dus de handtekening kan niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="130"/>
        <source>The signature cannot be checked without the issuer&apos;s key, which is not available offline.</source>
        <translation>De handtekening kan niet worden gecontroleerd zonder de sleutel van de uitgever, en die is offline niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="133"/>
        <source>The signature cannot be checked: the credential uses a vocabulary Satchel does not know.</source>
        <translation>De handtekening kan niet worden gecontroleerd: de credential gebruikt een vocabulaire die Satchel niet kent.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="135"/>
        <source>The signature is refused: the signed document could be read in more than one way.</source>
        <translation>De handtekening wordt geweigerd: het ondertekende document kan op meer dan één manier worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="136"/>
        <source>The signature was not checked: the document is too large or too deeply nested.</source>
        <translation>De handtekening is niet gecontroleerd: het document is te groot of te diep genest.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="138"/>
        <location filename="../../ui/credentials/check_text.py" line="140"/>
        <source>The signing key belongs to the issuer named in the credential.</source>
        <translation>De ondertekeningssleutel hoort bij de uitgever die in de credential staat.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="139"/>
        <source>The signing key belongs to the issuer named in the badge.</source>
        <translation>De ondertekeningssleutel hoort bij de uitgever die in de badge staat.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="142"/>
        <source>The signing key belongs to %1, not to the issuer %2 named in the credential.</source>
        <translation>De ondertekeningssleutel hoort bij %1, niet bij de uitgever %2 die in de credential staat.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="146"/>
        <source>The issuer&apos;s profile does not list the key that signed the badge.</source>
        <translation>Het profiel van de uitgever vermeldt de sleutel niet waarmee de badge is ondertekend.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="147"/>
        <source>The issuer&apos;s profile is not available offline; refresh the cache to check who signed.</source>
        <translation>Het profiel van de uitgever is offline niet beschikbaar; vernieuw de cache om te controleren wie heeft ondertekend.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="148"/>
        <location filename="../../ui/credentials/check_text.py" line="149"/>
        <source>Who signed could not be checked.</source>
        <translation>Wie heeft ondertekend kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="151"/>
        <source>The credential does not expire.</source>
        <translation>De credential verloopt niet.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="152"/>
        <source>Valid until %1.</source>
        <translation>Geldig tot %1.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="153"/>
        <source>The credential expired on %1.</source>
        <translation>De credential is verlopen op %1.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="154"/>
        <source>The credential is not valid until %1.</source>
        <translation>De credential is pas geldig vanaf %1.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="155"/>
        <source>The date in “%1” cannot be read.</source>
        <translation>De datum in “%1” kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="156"/>
        <source>The credential expires before it was issued.</source>
        <translation>De credential verloopt voordat hij is uitgegeven.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="158"/>
        <source>Not revoked, according to the issuer&apos;s status list as of %1.</source>
        <translation>Niet ingetrokken, volgens de statuslijst van de uitgever van %1.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="159"/>
        <source>The issuer publishes no revocation list for this credential.</source>
        <translation>De uitgever publiceert geen intrekkingslijst voor deze credential.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="161"/>
        <source>Revoked by the issuer, according to their status list as of %1.</source>
        <translation>Ingetrokken door de uitgever, volgens diens statuslijst van %1.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="164"/>
        <source>Suspended by the issuer, according to their status list as of %1.</source>
        <translation>Geschorst door de uitgever, volgens diens statuslijst van %1.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="166"/>
        <source>The issuer&apos;s status list is not in the local cache; refresh it to check for revocation.</source>
        <translation>De statuslijst van de uitgever staat niet in de lokale cache; vernieuw die om op intrekking te controleren.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="167"/>
        <source>The credential uses a revocation method Satchel cannot check yet.</source>
        <translation>De credential gebruikt een intrekkingsmethode die Satchel nog niet kan controleren.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="168"/>
        <source>The issuer&apos;s status list could not be authenticated offline.</source>
        <translation>De echtheid van de statuslijst van de uitgever kon offline niet worden vastgesteld.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="169"/>
        <source>The issuer&apos;s status list is not authentic, so revocation could not be checked.</source>
        <translation>De statuslijst van de uitgever is niet echt, dus intrekking kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="170"/>
        <source>The issuer&apos;s profile is not available offline, so revocation could not be checked.</source>
        <translation>Het profiel van de uitgever is offline niet beschikbaar, dus intrekking kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="172"/>
        <source>The issuer is in a trust list you accept (%1).</source>
        <translation>De uitgever staat op een vertrouwenslijst die je accepteert (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="173"/>
        <source>The issuer is not in any trust list you accept. That does not make it false: check who they are.</source>
        <translation>De uitgever staat niet op een vertrouwenslijst die je accepteert. Dat maakt de credential niet vals: ga na wie het is.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="174"/>
        <source>The credential names no issuer to look up.</source>
        <translation>De credential noemt geen uitgever om op te zoeken.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="175"/>
        <source>The trust list could not be read, so the issuer could not be looked up.</source>
        <translation>De vertrouwenslijst kon niet worden gelezen, dus de uitgever kon niet worden opgezocht.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="177"/>
        <source>All 11 mandatory EU elements are present.</source>
        <translation>Alle 11 verplichte EU-elementen zijn aanwezig.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="179"/>
        <source>%1 of 11 mandatory EU elements are present. Missing: %2.</source>
        <translation>%1 van de 11 verplichte EU-elementen zijn aanwezig. Ontbreekt: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="183"/>
        <source>The credential&apos;s contents could not be read.</source>
        <translation>De inhoud van de credential kon niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="185"/>
        <source>The presentation was signed by the holder the credential names.</source>
        <translation>De presentatie is ondertekend door de houder die in de credential staat.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="186"/>
        <source>The presentation was signed by someone other than the credential&apos;s holder.</source>
        <translation>De presentatie is ondertekend door iemand anders dan de houder van de credential.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="187"/>
        <source>The holder&apos;s signature on the presentation does not match.</source>
        <translation>De handtekening van de houder op de presentatie klopt niet.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="188"/>
        <source>The presentation is not signed by its holder.</source>
        <translation>De presentatie is niet ondertekend door de houder.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="190"/>
        <source>No further information.</source>
        <translation>Geen verdere informatie.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="196"/>
        <source>Learner</source>
        <translation>Lerende</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="197"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="198"/>
        <source>Country of the issuer</source>
        <translation>Land van de uitgever</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="199"/>
        <source>Awarding body</source>
        <translation>Toekennende instelling</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="200"/>
        <source>Date issued</source>
        <translation>Datum van uitgifte</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="201"/>
        <source>Learning outcomes</source>
        <translation>Leerresultaten</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="202"/>
        <source>Workload</source>
        <translation>Studielast</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="203"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="204"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="205"/>
        <source>Form of participation</source>
        <translation>Vorm van deelname</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="206"/>
        <source>Quality assurance</source>
        <translation>Kwaliteitsborging</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="207"/>
        <source>Prerequisites</source>
        <translation>Toelatingseisen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="208"/>
        <source>Supervision and identity check</source>
        <translation>Toezicht en identiteitscontrole</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="209"/>
        <source>Grade</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="210"/>
        <source>Integration and stackability</source>
        <translation>Integratie en stapelbaarheid</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="211"/>
        <source>Further information</source>
        <translation>Meer informatie</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="212"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="216"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="223"/>
        <source>an unknown date</source>
        <translation>een onbekende datum</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/check_text.py" line="237"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>CredentialCardDelegate</name>
    <message>
        <location filename="../../ui/credentials/card_view.py" line="57"/>
        <source>Issued %1</source>
        <translation>Uitgegeven %1</translation>
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
        <translation>← &amp;Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="106"/>
        <source>Back to the list</source>
        <translation>Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="107"/>
        <source>Back to the list (Esc)</source>
        <translation>Terug naar de lijst (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="110"/>
        <source>Re-&amp;check</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="111"/>
        <source>Check this credential again</source>
        <translation>Deze credential opnieuw controleren</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="113"/>
        <source>T&amp;rust this issuer…</source>
        <translation>Deze uitgever &amp;vertrouwen…</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="114"/>
        <source>Trust this issuer</source>
        <translation>Deze uitgever vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="116"/>
        <source>&amp;Delete…</source>
        <translation>Ve&amp;rwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="117"/>
        <source>Delete this credential</source>
        <translation>Deze credential verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="148"/>
        <source>Verification</source>
        <translation>Verificatie</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="162"/>
        <source>Links in this credential</source>
        <translation>Links in deze credential</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="168"/>
        <location filename="../../ui/credentials/credential_detail.py" line="471"/>
        <source>Show the &amp;original</source>
        <translation>&amp;Origineel tonen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="169"/>
        <source>Show the original</source>
        <translation>Origineel tonen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="176"/>
        <source>The original credential</source>
        <translation>De originele credential</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="195"/>
        <source>Issuer</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="197"/>
        <source>EU credential elements</source>
        <translation>EU-elementen van de credential</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="200"/>
        <source>Learning outcomes</source>
        <translation>Leerresultaten</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="202"/>
        <source>Optional elements</source>
        <translation>Optionele elementen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="206"/>
        <source>Your tags</source>
        <translation>Je labels</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="208"/>
        <source>Your note</source>
        <translation>Je notitie</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="210"/>
        <source>Original</source>
        <translation>Origineel</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="225"/>
        <source>Credential details</source>
        <translation>Details van de credential</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="277"/>
        <source>Untitled credential</source>
        <translation>Credential zonder titel</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="306"/>
        <source>This credential has not been checked yet.</source>
        <translation>Deze credential is nog niet gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="308"/>
        <source>Last checked: %1</source>
        <translation>Laatst gecontroleerd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="320"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="329"/>
        <source>(Status list as of %1.)</source>
        <translation>(Statuslijst van %1.)</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="348"/>
        <source>Not named</source>
        <translation>Niet genoemd</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="350"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="351"/>
        <source>Identifier</source>
        <translation>Identificatie</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="351"/>
        <source>Not given</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="354"/>
        <location filename="../../ui/credentials/credential_detail.py" line="356"/>
        <source>Web domain</source>
        <translation>Webdomein</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="356"/>
        <source>None: the identifier is a bare key, not tied to a website</source>
        <translation>Geen: de identificatie is een losse sleutel, niet gekoppeld aan een website</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="361"/>
        <source>Certificate subject</source>
        <translation>Onderwerp van het certificaat</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="363"/>
        <source>Recognised: in a trust list you accept</source>
        <translation>Herkend: op een vertrouwenslijst die je accepteert</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="364"/>
        <source>Listed as not trusted</source>
        <translation>Vermeld als niet vertrouwd</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="365"/>
        <source>Not recognised: in no trust list you accept</source>
        <translation>Niet herkend: op geen vertrouwenslijst die je accepteert</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="368"/>
        <source>Recognition</source>
        <translation>Herkenning</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="370"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="388"/>
        <source>%1 ECTS credits</source>
        <translation>%1 ECTS-studiepunten</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="390"/>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
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
        <translation>Hieronder vermeld (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="411"/>
        <source>All 11 mandatory elements are present.</source>
        <translation>Alle 11 verplichte elementen zijn aanwezig.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="414"/>
        <source>%1 of the 11 mandatory elements are missing: %2.</source>
        <translation>%1 van de 11 verplichte elementen ontbreken: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="420"/>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="426"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="429"/>
        <source>None given.</source>
        <translation>Niet opgegeven.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="434"/>
        <source>The credential lists no learning outcomes.</source>
        <translation>De credential vermeldt geen leerresultaten.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="456"/>
        <source>Open link %1</source>
        <translation>Link %1 openen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="457"/>
        <source>Asks before opening: %1</source>
        <translation>Vraagt eerst om bevestiging: %1</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="464"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="466"/>
        <source>from %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_detail.py" line="471"/>
        <source>Hide the &amp;original</source>
        <translation>&amp;Origineel verbergen</translation>
    </message>
</context>
<context>
    <name>CredentialFilterBar</name>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="34"/>
        <source>Filter by issuer</source>
        <translation>Filteren op uitgever</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="35"/>
        <source>Filter by verification</source>
        <translation>Filteren op verificatie</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="36"/>
        <source>Filter by tag</source>
        <translation>Filteren op label</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="37"/>
        <source>Filter by format</source>
        <translation>Filteren op formaat</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="38"/>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="39"/>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="40"/>
        <source>Issuer not recognised</source>
        <translation>Uitgever niet herkend</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="41"/>
        <source>Cannot check offline</source>
        <translation>Offline niet te controleren</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="42"/>
        <source>Not valid</source>
        <translation>Niet geldig</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="44"/>
        <source>Sort by</source>
        <translation>Sorteren op</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="46"/>
        <source>Date added</source>
        <translation>Datum toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="47"/>
        <source>Date issued</source>
        <translation>Datum van uitgifte</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="48"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="49"/>
        <source>Issuer</source>
        <translation>Uitgever</translation>
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
        <translation>Verificatie</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="53"/>
        <source>Format</source>
        <translation>Opmaak</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="59"/>
        <source>Sort direction</source>
        <translation>Sorteervolgorde</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="63"/>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="65"/>
        <source>S&amp;ort by:</source>
        <translation>S&amp;orteren op:</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="89"/>
        <source>%1: choices</source>
        <translation>%1: keuzes</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="104"/>
        <source>Any issuer</source>
        <translation>Elke uitgever</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="105"/>
        <source>Any tag</source>
        <translation>Elk label</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="106"/>
        <source>Any format</source>
        <translation>Elk formaat</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="144"/>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="144"/>
        <source>Oldest first</source>
        <translation>Oudste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="146"/>
        <source>Highest first</source>
        <translation>Hoogste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="146"/>
        <source>Lowest first</source>
        <translation>Laagste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="148"/>
        <source>Problems first</source>
        <translation>Problemen eerst</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="148"/>
        <source>Verified first</source>
        <translation>Geverifieerd eerst</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="150"/>
        <source>Z to A</source>
        <translation>Z tot A</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="150"/>
        <source>A to Z</source>
        <translation>A tot Z</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/filter_bar.py" line="152"/>
        <source>Sort direction: %1</source>
        <translation>Sorteervolgorde: %1</translation>
    </message>
</context>
<context>
    <name>CredentialListView</name>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="87"/>
        <source>Search titles, issuers, outcomes and tags  (Ctrl+F)</source>
        <translation>Zoek in titels, uitgevers, leerresultaten en labels  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="88"/>
        <source>Search credentials</source>
        <translation>Credentials zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="92"/>
        <source>&amp;List</source>
        <translation>&amp;Lijst</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="92"/>
        <source>Show as a list</source>
        <translation>Als lijst tonen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="93"/>
        <source>C&amp;ards</source>
        <translation>&amp;Kaarten</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="93"/>
        <source>Show as cards</source>
        <translation>Als kaarten tonen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="107"/>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="120"/>
        <source>Columns; choose one to sort by it</source>
        <translation>Kolommen; kies er een om erop te sorteren</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="121"/>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="138"/>
        <source>Credentials as cards</source>
        <translation>Credentials als kaarten</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="203"/>
        <location filename="../../ui/credentials/credential_list.py" line="220"/>
        <source>No credentials yet</source>
        <translation>Nog geen credentials</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="206"/>
        <source>Your wallet is ready. Use Add credentials… or drag a credential file here: badges, diplomas and micro-credentials in JSON, JWT, PNG, SVG or XML.</source>
        <translation>Je wallet is klaar. Kies Credentials toevoegen… of sleep een bestand hierheen: badges, diploma&apos;s en microcredentials in JSON, JWT, PNG, SVG of XML.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="211"/>
        <source>You can also add one from a terminal: satchel import FILE</source>
        <translation>Je kunt er ook een toevoegen vanuit een terminal: satchel import BESTAND</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="334"/>
        <source>No credential matches “%1”.</source>
        <translation>Geen credential komt overeen met “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="336"/>
        <source>No credential matches these filters.</source>
        <translation>Geen credential komt overeen met deze filters.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="341"/>
        <source>Credentials in your wallet: %1</source>
        <translation>Credentials in je wallet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_list.py" line="343"/>
        <source>Showing %1 of %2 credentials</source>
        <translation>%1 van %2 credentials zichtbaar</translation>
    </message>
</context>
<context>
    <name>CredentialTableModel</name>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="154"/>
        <source>Untitled credential</source>
        <translation>Credential zonder titel</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="167"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="168"/>
        <source>Awarding body</source>
        <translation>Toekennende instelling</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="169"/>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
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
        <translation>Verificatie</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="173"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/credential_model.py" line="174"/>
        <source>Format</source>
        <translation>Opmaak</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../ui/app.py" line="100"/>
        <source>Satchel — demo wallet (password: %1)</source>
        <translation>Satchel — demowallet (wachtwoord: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <source>Demo wallet: sample credentials, deleted when you quit. Password: %1</source>
        <translation>Demowallet: voorbeeldcredentials, verwijderd als je afsluit. Wachtwoord: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Wrong password. Check that Caps Lock is off and try again.</source>
        <translation>Verkeerd wachtwoord. Controleer of Caps Lock uit staat en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>A recovery code has 40 letters and digits (eight groups of five).</source>
        <translation>Een herstelcode heeft 40 letters en cijfers (acht groepen van vijf).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>Group %1 of the recovery code looks mistyped. Check it against what you wrote down.</source>
        <translation>Groep %1 van de herstelcode lijkt verkeerd getypt. Vergelijk hem met wat je hebt opgeschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>This is not a valid recovery code.</source>
        <translation>Dit is geen geldige herstelcode.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>There is no wallet in this folder.</source>
        <translation>Er staat geen wallet in deze map.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>A wallet already exists in this folder.</source>
        <translation>Er staat al een wallet in deze map.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>The wallet is locked. Unlock it and try again.</source>
        <translation>De wallet is vergrendeld. Ontgrendel hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>The wallet&apos;s protection settings are weaker than allowed; it may have been tampered with.</source>
        <translation>De beveiligingsinstellingen van de wallet zijn zwakker dan toegestaan; er is mogelijk mee geknoeid.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>The wallet&apos;s key file (vault.json) is damaged or from a newer version of Satchel.</source>
        <translation>Het sleutelbestand van de wallet (vault.json) is beschadigd of komt van een nieuwere versie van Satchel.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>The wallet failed its integrity check. Restore it from a backup.</source>
        <translation>De wallet heeft de integriteitscontrole niet doorstaan. Zet hem terug vanuit een back-up.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>The wallet was made by a newer version of Satchel.</source>
        <translation>De wallet is gemaakt met een nieuwere versie van Satchel.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>The backup could not be read.</source>
        <translation>De back-up kon niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>That credential is no longer in the wallet.</source>
        <translation>Die credential staat niet meer in de wallet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>The file could not be read as a credential.</source>
        <translation>Het bestand kon niet als credential worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>The wallet could not be opened.</source>
        <translation>De wallet kon niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>The file system refused the operation: %1</source>
        <translation>Het bestandssysteem weigerde de bewerking: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>Something went wrong.</source>
        <translation>Er is iets misgegaan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>Satchel ran into an unexpected problem. Your wallet is safe; you may want to restart the app.</source>
        <translation>Satchel liep tegen een onverwacht probleem aan. Je wallet is veilig; het kan helpen de app opnieuw te starten.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>Unexpected problem</source>
        <translation>Onverwacht probleem</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="46"/>
        <source>Create your wallet</source>
        <translation>Maak je wallet</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="49"/>
        <source>Satchel keeps your credentials encrypted on this computer. Choose a password to open your wallet. Nobody else can reset it, so you will also get a recovery code.</source>
        <translation>Satchel bewaart je credentials versleuteld op deze computer. Kies een wachtwoord om je wallet te openen. Niemand anders kan het herstellen, dus je krijgt ook een herstelcode.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="54"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="56"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="57"/>
        <source>Creating your wallet…</source>
        <translation>Je wallet wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="58"/>
        <location filename="../../ui/unlock/first_run_view.py" line="59"/>
        <source>Create wallet</source>
        <translation>Wallet maken</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="117"/>
        <source>Save your recovery code</source>
        <translation>Bewaar je herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="120"/>
        <source>If you forget your password, this code is the only way back into your wallet. Write it down or keep it in a password manager, somewhere safe. It is shown only this once.</source>
        <translation>Als je je wachtwoord vergeet, is deze code de enige weg terug naar je wallet. Schrijf hem op of bewaar hem in een wachtwoordbeheerder, ergens veilig. Hij wordt maar één keer getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="137"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="138"/>
        <source>Copy code</source>
        <translation>Code kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="139"/>
        <source>Copy the recovery code</source>
        <translation>De herstelcode kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="142"/>
        <location filename="../../ui/unlock/first_run_view.py" line="143"/>
        <source>I have saved my recovery code</source>
        <translation>Ik heb mijn herstelcode bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="144"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="145"/>
        <source>Continue to the wallet</source>
        <translation>Door naar de wallet</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/first_run_view.py" line="170"/>
        <source>Copied. The clipboard will be cleared in %1 seconds.</source>
        <translation>Gekopieerd. Het klembord wordt over %1 seconden leeggemaakt.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="132"/>
        <source>&amp;Add credentials…</source>
        <translation>Credentials &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="133"/>
        <source>Add credential files to your wallet (Ctrl+O)</source>
        <translation>Credentialbestanden aan je wallet toevoegen (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="135"/>
        <source>Add a &amp;folder…</source>
        <translation>Een &amp;map toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="136"/>
        <source>Add every credential in a folder and its subfolders</source>
        <translation>Alle credentials in een map en de submappen toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="137"/>
        <source>&amp;Paste credential</source>
        <translation>Credential &amp;plakken</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="138"/>
        <source>Add the credential on the clipboard: JSON, a JWT or an image of a QR code (Ctrl+V)</source>
        <translation>De credential op het klembord toevoegen: JSON, een JWT of een afbeelding van een QR-code (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="139"/>
        <source>&amp;Import a QR code image…</source>
        <translation>Afbeelding met &amp;QR-code importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="140"/>
        <source>Add the credential shown as a QR code in an image</source>
        <translation>De credential toevoegen die als QR-code in een afbeelding staat</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="180"/>
        <source>Paste credential</source>
        <translation>Credential plakken</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="181"/>
        <source>The clipboard holds no credential. Copy a credential&apos;s JSON, a JWT or an image of its QR code first.</source>
        <translation>Het klembord bevat geen credential. Kopieer eerst de JSON van een credential, een JWT of een afbeelding van de QR-code.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="220"/>
        <source>Adding credentials</source>
        <translation>Credentials toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="266"/>
        <source>“%1” failed verification, so it may have been altered, expired or revoked. Keep it in your wallet anyway? It will be marked as failed, and you can read why in its report.</source>
        <translation>“%1” is niet door de verificatie gekomen: mogelijk is hij gewijzigd, verlopen of ingetrokken. Toch in je wallet bewaren? Hij wordt gemarkeerd als mislukt, en in het rapport lees je waarom.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/import_controller.py" line="271"/>
        <source>%n credentials failed verification, so they may have been altered, expired or revoked. Keep them in your wallet anyway? They will be marked as failed, and you can read why in their reports.</source>
        <translation>
            <numerusform>%n credential is niet door de verificatie gekomen: mogelijk is hij gewijzigd, verlopen of ingetrokken. Toch in je wallet bewaren? Hij wordt gemarkeerd als mislukt, en in het rapport lees je waarom.</numerusform>
            <numerusform>%n credentials zijn niet door de verificatie gekomen: mogelijk zijn ze gewijzigd, verlopen of ingetrokken. Toch in je wallet bewaren? Ze worden gemarkeerd als mislukt, en in de rapporten lees je waarom.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports/import_controller.py" line="276"/>
        <source>Keep credentials that failed verification?</source>
        <translation>Credentials bewaren die niet door de verificatie kwamen?</translation>
    </message>
</context>
<context>
    <name>ImportSources</name>
    <message>
        <location filename="../../ui/imports/sources.py" line="23"/>
        <source>Credentials (%1)</source>
        <translation>Credentials (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="24"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="32"/>
        <source>Add credentials</source>
        <translation>Credentials toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="39"/>
        <source>Add a folder of credentials</source>
        <translation>Een map met credentials toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="47"/>
        <source>Import a QR code image</source>
        <translation>Afbeelding met QR-code importeren</translation>
    </message>
    <message>
        <location filename="../../ui/imports/sources.py" line="49"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="42"/>
        <source>Pasted credential</source>
        <translation>Geplakte credential</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="49"/>
        <source>Added, although it failed verification: %1</source>
        <translation>Toegevoegd, hoewel niet door de verificatie gekomen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="50"/>
        <source>Added: %1</source>
        <translation>Toegevoegd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="52"/>
        <source>Already in your wallet: %1</source>
        <translation>Al in je wallet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="54"/>
        <source>Not added, it failed verification: %1</source>
        <translation>Niet toegevoegd, niet door de verificatie gekomen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="57"/>
        <source>Could not be read: %1. %2</source>
        <translation>Kon niet worden gelezen: %1. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/summary_dialog.py" line="71"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n toegevoegd</numerusform>
            <numerusform>%n toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/summary_dialog.py" line="73"/>
        <source>%n already in your wallet</source>
        <translation>
            <numerusform>%n al in je wallet</numerusform>
            <numerusform>%n al in je wallet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/summary_dialog.py" line="75"/>
        <source>%n failed verification</source>
        <translation>
            <numerusform>%n niet door de verificatie gekomen</numerusform>
            <numerusform>%n niet door de verificatie gekomen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="78"/>
        <source>1 could not be read: %1</source>
        <translation>1 kon niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports/summary_dialog.py" line="80"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n kon niet worden gelezen</numerusform>
            <numerusform>%n konden niet worden gelezen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="83"/>
        <source>No files were found to add.</source>
        <translation>Er zijn geen bestanden gevonden om toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="85"/>
        <source>Import cancelled. %1</source>
        <translation>Importeren geannuleerd. %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="142"/>
        <source>Import finished</source>
        <translation>Importeren voltooid</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="142"/>
        <source>Import cancelled</source>
        <translation>Importeren geannuleerd</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="150"/>
        <source>Imported files</source>
        <translation>Geïmporteerde bestanden</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="161"/>
        <source>Select a line to open the credential, or to see why it was not added.</source>
        <translation>Kies een regel om de credential te openen, of om te zien waarom hij niet is toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="166"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/imports/summary_dialog.py" line="170"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ImportWording</name>
    <message>
        <location filename="../../ui/imports/wording.py" line="18"/>
        <source>It is larger than any credential Satchel reads.</source>
        <translation>Het is groter dan elke credential die Satchel leest.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="20"/>
        <source>It is empty.</source>
        <translation>Het is leeg.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="22"/>
        <source>The file could not be opened.</source>
        <translation>Het bestand kon niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="24"/>
        <source>The image holds neither a baked credential nor a QR code.</source>
        <translation>De afbeelding bevat geen ingebakken credential en geen QR-code.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="26"/>
        <source>No QR code was found in the image.</source>
        <translation>Er is geen QR-code gevonden in de afbeelding.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="28"/>
        <source>The QR code holds a web link, not a credential. Satchel does not download credentials.</source>
        <translation>De QR-code bevat een weblink, geen credential. Satchel downloadt geen credentials.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="32"/>
        <source>The QR code holds text that is not a credential.</source>
        <translation>De QR-code bevat tekst die geen credential is.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="34"/>
        <source>This is not a credential format Satchel reads.</source>
        <translation>Dit is geen credentialformaat dat Satchel leest.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="36"/>
        <source>The token is damaged: it cannot be decoded.</source>
        <translation>Het token is beschadigd: het kan niet worden gedecodeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="38"/>
        <source>The image is damaged.</source>
        <translation>De afbeelding is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="40"/>
        <source>The badge image is damaged or holds its credential in a way Satchel refuses.</source>
        <translation>De badgeafbeelding is beschadigd of bevat de credential op een manier die Satchel weigert.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="42"/>
        <source>The XML document is damaged or uses features Satchel refuses for safety.</source>
        <translation>Het XML-document is beschadigd of gebruikt functies die Satchel om veiligheidsredenen weigert.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="44"/>
        <source>The document is damaged: it is not well-formed.</source>
        <translation>Het document is beschadigd: het is niet correct opgebouwd.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="46"/>
        <source>The selective-disclosure credential is damaged.</source>
        <translation>De credential met selectieve openbaarmaking is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="47"/>
        <source>The file could not be read as a credential.</source>
        <translation>Het bestand kon niet als credential worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="52"/>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="54"/>
        <source>Failed verification</source>
        <translation>Niet door de verificatie gekomen</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wording.py" line="55"/>
        <source>Could not be verified</source>
        <translation>Kon niet worden geverifieerd</translation>
    </message>
</context>
<context>
    <name>LinkConfirm</name>
    <message>
        <location filename="../../ui/widgets/link_confirm.py" line="63"/>
        <source>Link not opened</source>
        <translation>Link niet geopend</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_confirm.py" line="64"/>
        <source>Satchel opens only web links (http or https). This link was not opened:

%1</source>
        <translation>Satchel opent alleen weblinks (http of https). Deze link is niet geopend:

%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_confirm.py" line="71"/>
        <source>Open link?</source>
        <translation>Link openen?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/link_confirm.py" line="72"/>
        <source>This link comes from the credential, not from Satchel. Open it in your browser?

%1</source>
        <translation>Deze link komt uit de credential, niet van Satchel. In je browser openen?

%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/imports/host.py" line="36"/>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Wallet</source>
        <translation>&amp;Wallet</translation>
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
        <translation>Wallet &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Lock the wallet now (Ctrl+L)</source>
        <translation>De wallet nu vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>&amp;About Satchel</source>
        <translation>&amp;Over Satchel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Search your credentials (Ctrl+F)</source>
        <translation>In je credentials zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>As a &amp;list</source>
        <translation>Als &amp;lijst</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>As &amp;cards</source>
        <translation>Als &amp;kaarten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>&amp;Open details</source>
        <translation>Details &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Open the selected credential (Enter)</source>
        <translation>De geselecteerde credential openen (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>&amp;Delete…</source>
        <translation>Ve&amp;rwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Delete the selected credential (Delete)</source>
        <translation>De geselecteerde credential verwijderen (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Credential</source>
        <translation>&amp;Credential</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Wallet actions</source>
        <translation>Walletacties</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Delete credential?</source>
        <translation>Credential verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Delete “%1” from your wallet? This cannot be undone, unless you have a backup.</source>
        <translation>“%1” uit je wallet verwijderen? Dit kan niet ongedaan worden gemaakt, tenzij je een back-up hebt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>this credential</source>
        <translation>deze credential</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>About Satchel</source>
        <translation>Over Satchel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Satchel keeps your learning credentials: badges, diplomas and micro-credentials, verified and encrypted on your own computer.</source>
        <translation>Satchel bewaart je leercredentials: badges, diploma&apos;s en microcredentials, geverifieerd en versleuteld op je eigen computer.</translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="99"/>
        <location filename="../../ui/widgets/new_password_form.py" line="109"/>
        <source>Repeat the password</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="102"/>
        <source>Password problem</source>
        <translation>Probleem met het wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="136"/>
        <source>Choose a password.</source>
        <translation>Kies een wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="141"/>
        <source>The two passwords are not the same. Type the password again in the second field.</source>
        <translation>De twee wachtwoorden zijn niet gelijk. Typ het wachtwoord opnieuw in het tweede veld.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="151"/>
        <source>Weak password</source>
        <translation>Zwak wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="152"/>
        <source>%1 password: %2

Anyone who copies your wallet file could try to guess it. Use it anyway?</source>
        <translation>%1 wachtwoord: %2

Iedereen die je walletbestand kopieert, kan proberen het te raden. Toch gebruiken?</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="26"/>
        <source>Anything you want to remember: where you used it, what it took…</source>
        <translation>Alles wat je wilt onthouden: waar je hem hebt gebruikt, wat het kostte…</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="27"/>
        <source>Your note</source>
        <translation>Je notitie</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="28"/>
        <source>Only you see this note; it is kept encrypted in your wallet.</source>
        <translation>Alleen jij ziet deze notitie; hij wordt versleuteld in je wallet bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="31"/>
        <source>&amp;Save note</source>
        <translation>Notitie op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="32"/>
        <source>Save note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="62"/>
        <location filename="../../ui/credentials/note_editor.py" line="74"/>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/note_editor.py" line="74"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../ui/widgets/password_field.py" line="42"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password_field.py" line="42"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password_field.py" line="43"/>
        <source>Hide password</source>
        <translation>Wachtwoord verbergen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password_field.py" line="43"/>
        <source>Show password</source>
        <translation>Wachtwoord tonen</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="271"/>
        <source>Pr&amp;eferences…</source>
        <translation>V&amp;oorkeuren…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="272"/>
        <source>Language, colours, automatic lock and trusted issuers</source>
        <translation>Taal, kleuren, automatisch vergrendelen en vertrouwde uitgevers</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="162"/>
        <location filename="../../ui/preferences/preferences_dialog.py" line="163"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="164"/>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="165"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="166"/>
        <location filename="../../ui/preferences/preferences_dialog.py" line="185"/>
        <source>Issuers you trust</source>
        <translation>Uitgevers die je vertrouwt</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="167"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="168"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="169"/>
        <source>Same as the system</source>
        <translation>Zelfde als het systeem</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="170"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Kleuren:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="171"/>
        <source>Colour scheme</source>
        <translation>Kleurenschema</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="172"/>
        <source>Follow the system</source>
        <translation>Het systeem volgen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="173"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="174"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="175"/>
        <source>Lock &amp;after:</source>
        <translation>Vergrendelen &amp;na:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="176"/>
        <source>Lock after this many idle minutes</source>
        <translation>Vergrendelen na zoveel minuten zonder activiteit</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="177"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="178"/>
        <source> min idle</source>
        <translation> min. inactief</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="181"/>
        <source>Credentials from these issuers show as coming from an issuer you trust. To add one, open a credential and choose “Trust this issuer”.</source>
        <translation>Credentials van deze uitgevers worden getoond als afkomstig van een uitgever die je vertrouwt. Om er een toe te voegen, open je een credential en kies je “Deze uitgever vertrouwen”.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="186"/>
        <source>You have not added any issuers yet.</source>
        <translation>Je hebt nog geen uitgevers toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="187"/>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="188"/>
        <source>Remove the selected issuer</source>
        <translation>De geselecteerde uitgever verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/preferences_dialog.py" line="189"/>
        <location filename="../../ui/preferences/preferences_dialog.py" line="190"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="22"/>
        <source>Getting ready…</source>
        <translation>Even geduld…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="24"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="30"/>
        <source>Current item</source>
        <translation>Huidig item</translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="34"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="50"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../ui/imports/progress_dialog.py" line="59"/>
        <source>Stopping after the current item…</source>
        <translation>Stoppen na het huidige item…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="108"/>
        <source>New recovery code</source>
        <translation>Nieuwe herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="124"/>
        <location filename="../../ui/vault_actions/dialogs.py" line="144"/>
        <source>Make a new recovery code</source>
        <translation>Een nieuwe herstelcode maken</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="127"/>
        <source>A new code replaces your current one: the old code stops working at once. Type your password to continue.</source>
        <translation>Een nieuwe code vervangt je huidige: de oude code werkt meteen niet meer. Typ je wachtwoord om door te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="131"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="132"/>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="139"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="141"/>
        <source>Checking your password…</source>
        <translation>Je wachtwoord wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="143"/>
        <source>&amp;Make new code</source>
        <translation>Nieuwe code &amp;maken</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="146"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="160"/>
        <source>Save your new recovery code</source>
        <translation>Bewaar je nieuwe herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="164"/>
        <source>If you forget your password, this code is the only way back into your wallet. Write it down or keep it in a password manager, somewhere safe. It is shown only this once.</source>
        <translation>Als je je wachtwoord vergeet, is deze code de enige weg terug naar je wallet. Schrijf hem op of bewaar hem in een wachtwoordbeheerder, ergens veilig. Hij wordt maar één keer getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="182"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="185"/>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="186"/>
        <source>Copy the recovery code</source>
        <translation>De herstelcode kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="192"/>
        <location filename="../../ui/vault_actions/dialogs.py" line="193"/>
        <source>I have saved my new recovery code</source>
        <translation>Ik heb mijn nieuwe herstelcode bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="194"/>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="195"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="242"/>
        <source>Copied. The clipboard will be cleared in %1 seconds.</source>
        <translation>Gekopieerd. Het klembord wordt over %1 seconden leeggemaakt.</translation>
    </message>
</context>
<context>
    <name>RecoveryView</name>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="29"/>
        <source>Use your recovery code</source>
        <translation>Je herstelcode gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="32"/>
        <source>Type the recovery code you saved when you created the wallet, then choose a new password. The code keeps working afterwards.</source>
        <translation>Typ de herstelcode die je bewaarde toen je de wallet maakte, en kies daarna een nieuw wachtwoord. De code blijft daarna werken.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="37"/>
        <location filename="../../ui/unlock/recovery_view.py" line="41"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="43"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="45"/>
        <source>Recovery problem</source>
        <translation>Probleem met herstellen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="46"/>
        <source>Opening your wallet…</source>
        <translation>Je wallet wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="47"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="48"/>
        <source>Back to the password</source>
        <translation>Terug naar het wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="49"/>
        <location filename="../../ui/unlock/recovery_view.py" line="50"/>
        <source>Recover wallet</source>
        <translation>Wallet herstellen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="77"/>
        <source>Type your recovery code.</source>
        <translation>Typ je herstelcode.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/recovery_view.py" line="110"/>
        <source>This recovery code does not open this wallet.</source>
        <translation>Deze herstelcode opent deze wallet niet.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/imports/report_dialog.py" line="22"/>
        <location filename="../../ui/imports/report_dialog.py" line="23"/>
        <source>Verification report</source>
        <translation>Verificatierapport</translation>
    </message>
    <message>
        <location filename="../../ui/imports/report_dialog.py" line="28"/>
        <source>Result: %1</source>
        <translation>Resultaat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/report_dialog.py" line="45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/imports/report_dialog.py" line="59"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="258"/>
        <source>Restore from backup</source>
        <translation>Terugzetten vanuit back-up</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="258"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="262"/>
        <source>Credentials in “%1” that are not in your wallet yet will be added; nothing in your wallet is removed or replaced.</source>
        <translation>Credentials in “%1” die nog niet in je wallet staan, worden toegevoegd; er wordt niets uit je wallet verwijderd of vervangen.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="267"/>
        <source>Backup password</source>
        <translation>Wachtwoord van de back-up</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="268"/>
        <source>Current password, if different</source>
        <translation>Huidig wachtwoord, als dat anders is</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="271"/>
        <source>&amp;Password of the backup (the wallet&apos;s password when it was backed up)</source>
        <translation>&amp;Wachtwoord van de back-up (het wachtwoord van de wallet toen de back-up werd gemaakt)</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="274"/>
        <source>Your &amp;current password, if it is different</source>
        <translation>Je &amp;huidige wachtwoord, als dat anders is</translation>
    </message>
</context>
<context>
    <name>ReverifyRun</name>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="102"/>
        <source>Checking credentials again</source>
        <translation>Credentials opnieuw controleren</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="121"/>
        <location filename="../../ui/vault_actions/vault_actions.py" line="142"/>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="130"/>
        <source>%n credential(s) checked again.</source>
        <translation>
            <numerusform>%n credential opnieuw gecontroleerd.</numerusform>
            <numerusform>%n credentials opnieuw gecontroleerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="132"/>
        <source>%n changed result.</source>
        <translation>
            <numerusform>%n heeft een ander resultaat.</numerusform>
            <numerusform>%n hebben een ander resultaat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="134"/>
        <source>No results changed.</source>
        <translation>Geen resultaten veranderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="136"/>
        <source>%n could not be checked.</source>
        <translation>
            <numerusform>%n kon niet worden gecontroleerd.</numerusform>
            <numerusform>%n konden niet worden gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="138"/>
        <source>Stopped before the end.</source>
        <translation>Gestopt voor het einde.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="30"/>
        <source>Very weak</source>
        <translation>Zeer zwak</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="31"/>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="32"/>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="33"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="34"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="37"/>
        <location filename="../../ui/widgets/new_password_form.py" line="77"/>
        <source>Type a password.</source>
        <translation>Typ een wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="38"/>
        <source>Too short: use at least 8 characters, or better, a few words.</source>
        <translation>Te kort: gebruik minstens 8 tekens, of beter nog, een paar woorden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="41"/>
        <source>This is one of the most used passwords; anyone would guess it.</source>
        <translation>Dit is een van de meest gebruikte wachtwoorden; iedereen zou het raden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="42"/>
        <source>One character repeated is easy to guess.</source>
        <translation>Eén herhaald teken is makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="43"/>
        <source>A run of keys or digits is easy to guess.</source>
        <translation>Een reeks toetsen of cijfers is makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="44"/>
        <source>Only digits: add letters, or make it longer.</source>
        <translation>Alleen cijfers: voeg letters toe, of maak het langer.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="45"/>
        <source>Only letters: make it longer, or add digits and symbols.</source>
        <translation>Alleen letters: maak het langer, of voeg cijfers en symbolen toe.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="46"/>
        <source>Make it longer: a few unrelated words work well.</source>
        <translation>Maak het langer: een paar losse woorden werken goed.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="47"/>
        <source>A good password. Longer is even better.</source>
        <translation>Een goed wachtwoord. Langer is nog beter.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="48"/>
        <source>A strong password.</source>
        <translation>Een sterk wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="61"/>
        <source>Password strength</source>
        <translation>Sterkte van het wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="75"/>
        <source>Strength: no password yet</source>
        <translation>Sterkte: nog geen wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="76"/>
        <source>No password yet</source>
        <translation>Nog geen wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/new_password_form.py" line="85"/>
        <source>Strength: %1</source>
        <translation>Sterkte: %1</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="37"/>
        <source>No tags yet.</source>
        <translation>Nog geen labels.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="41"/>
        <source>Add a tag, e.g. “job applications”</source>
        <translation>Voeg een label toe, bijv. “sollicitaties”</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="42"/>
        <source>New tag</source>
        <translation>Nieuw label</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="45"/>
        <source>Add &amp;tag</source>
        <translation>&amp;Label toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="46"/>
        <source>Add tag</source>
        <translation>Label toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="57"/>
        <source>New name for the tag</source>
        <translation>Nieuwe naam voor het label</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="60"/>
        <source>&amp;Rename</source>
        <translation>&amp;Hernoemen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="61"/>
        <source>Rename tag</source>
        <translation>Label hernoemen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="63"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="64"/>
        <source>Cancel renaming</source>
        <translation>Hernoemen annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="108"/>
        <source>Tag “%1”: rename or remove</source>
        <translation>Label “%1”: hernoemen of verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="110"/>
        <source>&amp;Rename everywhere…</source>
        <translation>Overal &amp;hernoemen…</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="112"/>
        <source>Re&amp;move from this credential</source>
        <translation>Uit deze credential &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="130"/>
        <source>Type a tag first.</source>
        <translation>Typ eerst een label.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="151"/>
        <source>Rename “%1” on every credential to:</source>
        <translation>“%1” op elke credential hernoemen naar:</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="166"/>
        <source>Type the new name first.</source>
        <translation>Typ eerst de nieuwe naam.</translation>
    </message>
    <message>
        <location filename="../../ui/credentials/tag_editor.py" line="184"/>
        <source>A tag has 1 to 64 characters.</source>
        <translation>Een label heeft 1 tot 64 tekens.</translation>
    </message>
</context>
<context>
    <name>TrustIssuer</name>
    <message>
        <location filename="../../ui/preferences/trust.py" line="24"/>
        <source>Trust this issuer?</source>
        <translation>Deze uitgever vertrouwen?</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/trust.py" line="25"/>
        <source>Credentials from “%1” will show as coming from an issuer you trust. Do this only if you know the issuer and got the credential from them. You can undo it in Preferences.</source>
        <translation>Credentials van “%1” worden getoond als afkomstig van een uitgever die je vertrouwt. Doe dit alleen als je de uitgever kent en de credential van hen hebt gekregen. Je kunt het ongedaan maken in Voorkeuren.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/trust.py" line="42"/>
        <source>You now trust “%1”.</source>
        <translation>Je vertrouwt nu “%1”.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="41"/>
        <source>Unlock your wallet</source>
        <translation>Ontgrendel je wallet</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="42"/>
        <source>Wallet in %1</source>
        <translation>Wallet in %1</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="44"/>
        <location filename="../../ui/unlock/unlock_view.py" line="45"/>
        <location filename="../../ui/unlock/unlock_view.py" line="46"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="49"/>
        <source>Unlock problem</source>
        <translation>Probleem met ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="50"/>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="51"/>
        <location filename="../../ui/unlock/unlock_view.py" line="52"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="54"/>
        <location filename="../../ui/unlock/unlock_view.py" line="56"/>
        <source>Forgot password? Use recovery code</source>
        <translation>Wachtwoord vergeten? Gebruik je herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_view.py" line="80"/>
        <source>Type your password.</source>
        <translation>Typ je wachtwoord.</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="43"/>
        <source>Back up your wallet</source>
        <translation>Back-up van je wallet maken</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="45"/>
        <source>Satchel backups (*%1)</source>
        <translation>Satchel-back-ups (*%1)</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="54"/>
        <source>Restore from backup</source>
        <translation>Terugzetten vanuit back-up</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="56"/>
        <source>Satchel backups (*%1);;All files (*)</source>
        <translation>Satchel-back-ups (*%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="189"/>
        <source>Chec&amp;k all credentials again</source>
        <translation>Alle credentials opnieuw &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="190"/>
        <source>Verify every credential again, with today&apos;s date and the local cache</source>
        <translation>Elke credential opnieuw verifiëren, met de datum van vandaag en de lokale cache</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="191"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="192"/>
        <source>Save an encrypted copy of your wallet</source>
        <translation>Een versleutelde kopie van je wallet opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="193"/>
        <source>&amp;Restore from backup…</source>
        <translation>Te&amp;rugzetten vanuit back-up…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="194"/>
        <source>Add the credentials of a backup to this wallet</source>
        <translation>De credentials uit een back-up aan deze wallet toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="195"/>
        <source>Change pass&amp;word…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="196"/>
        <source>Show a new recovery &amp;code…</source>
        <translation>Nieuwe &amp;herstelcode tonen…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="236"/>
        <source>Type your current password.</source>
        <translation>Typ je huidige wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="242"/>
        <source>Changing the password…</source>
        <translation>Het wachtwoord wordt gewijzigd…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="248"/>
        <source>Password changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="248"/>
        <source>Your wallet now opens with the new password.</source>
        <translation>Je wallet opent nu met het nieuwe wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="252"/>
        <source>The current password is not right.</source>
        <translation>Het huidige wachtwoord klopt niet.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="270"/>
        <source>Type your password.</source>
        <translation>Typ je wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="277"/>
        <source>The password is not right.</source>
        <translation>Het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="291"/>
        <source>Backing up…</source>
        <translation>Back-up wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="296"/>
        <source>Backup saved</source>
        <translation>Back-up opgeslagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="298"/>
        <source>%n credential(s) saved to %1. The backup opens with your current password or your recovery code.</source>
        <translation>
            <numerusform>%n credential opgeslagen in %1. De back-up opent met je huidige wachtwoord of je herstelcode.</numerusform>
            <numerusform>%n credentials opgeslagen in %1. De back-up opent met je huidige wachtwoord of je herstelcode.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="303"/>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="320"/>
        <source>Type the password of the backup.</source>
        <translation>Typ het wachtwoord van de back-up.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="324"/>
        <source>Restoring…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="332"/>
        <source>%n credential(s) added from the backup.</source>
        <translation>
            <numerusform>%n credential toegevoegd uit de back-up.</numerusform>
            <numerusform>%n credentials toegevoegd uit de back-up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vault_actions/vault_actions.py" line="334"/>
        <source>%n already in your wallet.</source>
        <translation>
            <numerusform>%n stond al in je wallet.</numerusform>
            <numerusform>%n stonden al in je wallet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="335"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/vault_actions.py" line="339"/>
        <source>A password is not right: the backup&apos;s, or your current one if you typed it.</source>
        <translation>Een wachtwoord klopt niet: dat van de back-up, of je huidige als je dat hebt getypt.</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="39"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="40"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_actions/dialogs.py" line="46"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
