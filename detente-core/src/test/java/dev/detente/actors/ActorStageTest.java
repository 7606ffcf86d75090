package dev.detente.actors;

import static dev.detente.actors.ActorTestDocs.analyse;
import static dev.detente.actors.ActorTestDocs.person;
import static dev.detente.actors.ActorTestDocs.personNames;
import static dev.detente.actors.ActorTestDocs.referent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.detente.doc.Doc;
import org.junit.jupiter.api.Test;

class ActorStageTest {

    @Test
    void preNameTitlesGiveRoleAndCountry() {
        Doc doc = analyse("Japanese Foreign Minister Kenji Watanabe met Brazil's Finance Minister Lucia Ferreira "
                + "in Tokyo on Monday. Elysee spokesman Paul Garnier declined to comment.");
        assertThat(person(doc, "Kenji Watanabe").role()).isEqualTo("Japanese Foreign Minister");
        assertThat(person(doc, "Kenji Watanabe").country()).isEqualTo("JPN");
        assertThat(person(doc, "Lucia Ferreira").role()).isEqualTo("Brazil's Finance Minister");
        assertThat(person(doc, "Lucia Ferreira").country()).isEqualTo("BRA");
        assertThat(person(doc, "Paul Garnier").role()).isEqualTo("Elysee spokesman");
        assertThat(person(doc, "Paul Garnier").country()).isEqualTo("FRA");
    }

    @Test
    void appositionsAfterAndBeforeTheName() {
        Doc doc = analyse("Maria Lindqvist, Sweden's special envoy for Arctic affairs and climate, said on Monday "
                + "that talks would resume. Jonas Berg, deputy head of Norway's Security Council and a former "
                + "diplomat, agreed. The Canadian Ambassador to Chile, Rachel Moss, attended the meeting.");
        assertThat(person(doc, "Maria Lindqvist").role())
                .isEqualTo("Sweden's special envoy for Arctic affairs and climate");
        assertThat(person(doc, "Maria Lindqvist").country()).isEqualTo("SWE");
        assertThat(person(doc, "Jonas Berg").role()).isEqualTo("deputy head of Norway's Security Council");
        assertThat(person(doc, "Jonas Berg").country()).isEqualTo("NOR");
        assertThat(person(doc, "Rachel Moss").role()).isEqualTo("Canadian Ambassador to Chile");
        assertThat(person(doc, "Rachel Moss").country()).isEqualTo("CAN");
    }

    @Test
    void possessiveRolesTakeTheCountryOfThePersonTheyBelongTo() {
        Doc doc = analyse("Spanish Prime Minister Ana Ruiz's adviser Tomas Vidal travelled to Rabat. "
                + "Ruiz is accompanied by her deputies Carlos Mena and Ines Soto.");
        assertThat(person(doc, "Tomas Vidal").role()).isEqualTo("Ruiz's adviser");
        assertThat(person(doc, "Tomas Vidal").country()).isEqualTo("ESP");
        assertThat(person(doc, "Carlos Mena").role()).isEqualTo("deputy");
        assertThat(person(doc, "Ines Soto").role()).isEqualTo("deputy");
        assertThat(person(doc, "Ines Soto").country()).isEqualTo("ESP");
    }

    @Test
    void genericBodyTakesItsCountryFromTheDateline() {
        Doc doc = analyse("ANKARA, May 3 -- Foreign ministry spokesperson Elif Demir said on Friday that the "
                + "talks were constructive.");
        assertThat(person(doc, "Elif Demir").role()).isEqualTo("Foreign ministry spokesperson");
        assertThat(person(doc, "Elif Demir").country()).isEqualTo("TUR");
    }

    @Test
    void noCountryWhereTheDocumentGivesNone() {
        Doc doc = analyse("Negotiator Hans Keller said the parties were close. Keller did not elaborate.");
        assertThat(person(doc, "Hans Keller").role()).isEqualTo("Negotiator");
        assertThat(person(doc, "Hans Keller").country()).isNull();
    }

    @Test
    void aCountrysPossessiveBeforeARoleNounIsThatCountrysOfficial() {
        Doc doc = analyse("Finnish Foreign Minister Aino Koskinen spoke with the Foreign Minister of Estonia, Mart Kask. "
                + "Minister Koskinen raised the pipeline. Estonia's minister said Tallinn would send experts.");
        assertThat(referent(doc, "Estonia's minister", 0)).isEqualTo(person(doc, "Mart Kask").id());
    }

    @Test
    void coreferenceThroughSurnameRoleNounsAndPronouns() {
        Doc doc = analyse("Japanese Foreign Minister Kenji Watanabe met his Indian counterpart Arjun Mehta in "
                + "Tokyo. \"We made progress,\" Watanabe said. The minister added that a second round was "
                + "planned. He also said trade was discussed. The Indian official did not comment.");
        String watanabe = person(doc, "Kenji Watanabe").id();
        String mehta = person(doc, "Arjun Mehta").id();
        assertThat(referent(doc, "Watanabe", 1)).isEqualTo(watanabe);
        assertThat(referent(doc, "The minister", 0)).isEqualTo(watanabe);
        assertThat(referent(doc, "He", 0)).isEqualTo(watanabe);
        assertThat(referent(doc, "The Indian official", 0)).isEqualTo(mehta);
        assertThat(person(doc, "Arjun Mehta").country()).isEqualTo("IND");
    }

    @Test
    void pronounsFollowTheSubjectAndGender() {
        Doc doc = analyse("Finance Minister Olga Petrenko spoke with central bank governor Ivan Koval. "
                + "She said the budget was balanced. Koval said inflation was falling, and he warned of risks.");
        assertThat(referent(doc, "She", 0)).isEqualTo(person(doc, "Olga Petrenko").id());
        assertThat(referent(doc, "he", 0)).isEqualTo(person(doc, "Ivan Koval").id());
    }

    @Test
    void roleNounGivesACountryThePersonLacked() {
        Doc doc = analyse("Spokesman Viktor Hale said the visit went well. The Kremlin spokesman added that "
                + "another meeting was possible.");
        assertThat(referent(doc, "The Kremlin spokesman", 0)).isEqualTo(person(doc, "Viktor Hale").id());
        assertThat(person(doc, "Viktor Hale").country()).isEqualTo("RUS");
    }

    @Test
    void spellingVariantsInOneDocumentAreOnePerson() {
        Doc doc = analyse("Interior Minister Yusuf Rahimzadeh arrived on Sunday. Later, Yousef Rahimzade told "
                + "reporters the visit was useful.");
        assertThat(personNames(doc)).containsExactly("Yusuf Rahimzadeh");
    }

    @Test
    void namesWithParticlesHyphensAndBracketedParts() {
        Doc doc = analyse("Qatar's Prime Minister Khalid bin Saad al-Mahmoud met Dutch envoy Pieter van der "
                + "Berg and the Turkish Defence Minister Ayse Kaya-Ozturk. On behalf of (French) President "
                + "(Jean) Lacombe, the delegation laid a wreath.");
        assertThat(personNames(doc)).contains("Khalid bin Saad al-Mahmoud", "Pieter van der Berg",
                "Ayse Kaya-Ozturk", "Jean Lacombe");
        assertThat(person(doc, "Jean Lacombe").country()).isEqualTo("FRA");
    }

    @Test
    void surnameLikeAPronounAtSentenceStart() {
        Doc doc = analyse("He Lianfeng, a spokesperson for the Chinese Ministry of Commerce, said the measures "
                + "were unjustified. He added that Beijing would respond.");
        Actor he = person(doc, "He Lianfeng");
        assertThat(he.role()).isEqualTo("spokesperson for the Chinese Ministry of Commerce");
        assertThat(he.country()).isEqualTo("CHN");
        assertThat(referent(doc, "He", 1)).isEqualTo(he.id());
    }

    @Test
    void singleSurnamesNeedEvidence() {
        Doc doc = analyse("Talks between Moldova and Romania resumed. Ionescu said the talks went well. "
                + "Expressing hope, officials met in Chisinau. A meeting between Ionescu and Radu is planned.");
        assertThat(personNames(doc)).containsExactlyInAnyOrder("Ionescu", "Radu");
    }

    @Test
    void headlinesBylinesAndOrganisationsAreNotPeople() {
        Doc doc = analyse("Finland Says Border Talks Stuck At Dead End\nBy Anna Virtanen\n"
                + "HELSINKI: The Finnish Foreign Ministry said on Friday that Wall Street Journal reports about "
                + "the Baltic Sea Forum were wrong, Reuters reported.");
        assertThat(personNames(doc)).isEmpty();
        assertThat(doc.list(ActorLayers.ACTORS)).extracting(Actor::name)
                .contains("Foreign Ministry", "Wall Street Journal", "Reuters", "Finland");
        Actor ministry = doc.list(ActorLayers.ACTORS).stream().filter(a -> a.name().equals("Foreign Ministry"))
                .findFirst().orElseThrow();
        assertThat(ministry.country()).isEqualTo("FIN");
    }

    @Test
    void securityCouncilIsTheUnsUnlessACountryOwnsIt() {
        Doc doc = analyse("The Security Council met on Monday. Norway's Security Council did not.");
        assertThat(doc.list(ActorLayers.ACTORS)).extracting(Actor::code).contains("UN", "NOR-SECURITY-COUNCIL");
    }

    @Test
    void capitalsStandForTheirCountries() {
        Doc doc = analyse("Seoul said on Tuesday that it had protested to Pyongyang.");
        assertThat(doc.list(ActorLayers.ACTORS)).filteredOn(a -> a.name().equals("Seoul"))
                .extracting(Actor::code).containsExactly("KOR");
    }

    @Test
    void nonEnglishTextGetsNoActors() {
        Doc doc = analyse("Upitan o odnosima, Markovic je rekao da je situacija teska i da Beograd ceka odgovor "
                + "od Vlade u narednim danima, kako je istakao.");
        assertThat(doc.list(ActorLayers.ACTORS)).isEmpty();
    }

    @Test
    void familyNameFirstAndLoneGivenNamesOfRoyals() {
        Doc doc = analyse("Vice Premier Tan Weiguo met Brazilian Trade Minister Paulo Reis in Shanghai. Tan said the "
                + "talks were useful. Omani Foreign Minister Sayyid Hamad bin Khalid al-Harthy also attended, and "
                + "Prince Hamad said Muscat would host the next round.");
        assertThat(personNames(doc)).containsExactlyInAnyOrder("Tan Weiguo", "Paulo Reis",
                "Sayyid Hamad bin Khalid al-Harthy");
        assertThat(referent(doc, "Tan", 1)).isEqualTo(person(doc, "Tan Weiguo").id());
        assertThat(referent(doc, "Hamad", 1)).isEqualTo(person(doc, "Sayyid Hamad bin Khalid al-Harthy").id());
    }

    @Test
    void aGenericRoleNounWithACountryTakesThePersonInFocus() {
        Doc doc = analyse("Prime Minister Ravi Menon and President Carlos Duarte could meet in Geneva next week. "
                + "The Indian leader last held talks with Duarte in 2021.");
        assertThat(referent(doc, "The Indian leader", 0)).isEqualTo(person(doc, "Ravi Menon").id());
        assertThat(person(doc, "Ravi Menon").country()).isEqualTo("IND");
    }

    @Test
    void aCounterpartHoldsTheOfficeOfThePersonItIsRelativeTo() {
        Doc doc = analyse("Canadian Trade Minister Anne Leclair and her Mexican counterpart Jorge Salinas met in "
                + "Ottawa on Monday. Later, Leclair said she had also called her Chilean counterpart, Rosa Vidal, "
                + "about the accord.");
        assertThat(person(doc, "Jorge Salinas").role()).isEqualTo("Mexican Trade Minister");
        assertThat(person(doc, "Jorge Salinas").country()).isEqualTo("MEX");
        assertThat(person(doc, "Rosa Vidal").role()).isEqualTo("Chilean Trade Minister");
        assertThat(person(doc, "Rosa Vidal").country()).isEqualTo("CHL");
    }

    @Test
    void aPluralTitleGoesToEachNameWithItsOwnCountry() {
        Doc doc = analyse("The meeting brought together energy ministers Omar Haddad of Jordan and Lena Sorensen "
                + "of Denmark, officials said.");
        assertThat(person(doc, "Omar Haddad").role()).isEqualTo("energy minister");
        assertThat(person(doc, "Omar Haddad").country()).isEqualTo("JOR");
        assertThat(person(doc, "Lena Sorensen").role()).isEqualTo("energy minister");
        assertThat(person(doc, "Lena Sorensen").country()).isEqualTo("DNK");
    }

    @Test
    void titlesWithAComplementBeforeTheNameOrSetOffByCommas() {
        Doc doc = analyse("The accord was signed by Omani Minister of State for Foreign Affairs Khalid al-Saadi. "
                + "The UN's special envoy for the Great Lakes region, Piet de Vries, welcomed it.");
        assertThat(person(doc, "Khalid al-Saadi").role()).isEqualTo("Omani Minister of State for Foreign Affairs");
        assertThat(person(doc, "Khalid al-Saadi").country()).isEqualTo("OMN");
        assertThat(person(doc, "Piet de Vries").role()).isEqualTo("UN's special envoy for the Great Lakes region");
    }

    @Test
    void shortFormsOfAFullNameAreThatPerson() {
        Doc doc = analyse("Taiwanese Foreign Ministry spokeswoman Lin Meiling said on Monday that talks would go on. "
                + "Lin told reporters the visit was useful. Lin said more talks were planned. Sheikh Tariq bin "
                + "Saeed Al Nahyan, the Emirati minister, agreed. Sheikh Tariq bin Saeed later left for Cairo.");
        assertThat(personNames(doc)).containsExactlyInAnyOrder("Lin Meiling", "Tariq bin Saeed Al Nahyan");
        assertThat(referent(doc, "Lin", 2)).isEqualTo(person(doc, "Lin Meiling").id());
        assertThat(referent(doc, "Tariq bin Saeed", 1)).isEqualTo(person(doc, "Tariq bin Saeed Al Nahyan").id());
    }

    @Test
    void aNameAfterALocativeIsAPlace() {
        Doc doc = analyse("Gunmen attacked a police patrol near Velika Hoca on Sunday, the ministry said.");
        assertThat(personNames(doc)).isEmpty();
    }

    @Test
    void theBylinedAuthorIsAPersonWithoutCountry() {
        String text = "Finnish Prime Minister Aino Virtanen visited Tallinn on Tuesday.";
        dev.detente.doc.ArticleMeta meta = dev.detente.doc.ArticleMeta.empty().withLanguage("en", "test")
                .withAuthor("Sofia Lindgren", "byline").withExtra(dev.detente.doc.ArticleMeta.AUTHOR_ROLE, "editor")
                .withExtra(dev.detente.doc.ArticleMeta.CO_AUTHORS, "Aino Virtanen; Erik Dahl");
        Doc doc = new ActorStage(dev.detente.knowledge.TestKnowledge.builtIn()).process(
                new dev.detente.nlp.SentenceTokenStage(dev.detente.knowledge.TestKnowledge.builtIn())
                        .process(Doc.of("test", text, meta)));
        assertThat(person(doc, "Sofia Lindgren").role()).isEqualTo("editor");
        assertThat(person(doc, "Sofia Lindgren").country()).isNull();
        assertThat(personNames(doc)).containsExactly("Aino Virtanen", "Sofia Lindgren", "Erik Dahl");
        assertThat(doc.list(ActorLayers.ACTORS).stream().map(Actor::id).distinct().count())
                .isEqualTo(doc.list(ActorLayers.ACTORS).size());
    }

    @Test
    void anInstitutionsCityGivesItsScholarsCountry() {
        Doc doc = analyse("Li Na, a professor of history at Lingnan University in Guangzhou, said the tariffs would hurt exporters.");
        assertThat(person(doc, "Li Na").role()).startsWith("professor of history at Lingnan University");
        assertThat(person(doc, "Li Na").country()).isEqualTo("CHN");
    }

    @Test
    void theOfficialOfABodyNamedBeforeAsItsOwnerKeepsNoCountryWhenTheBodyIsInternational() {
        Doc doc = analyse("Peru recalled its ambassador from Bolivia on Monday. The United Nations voiced concern. "
                + "Its secretary-general, Marco Ruiz, urged both sides to talk.");
        assertThat(person(doc, "Marco Ruiz").country()).isNull();
    }

    @Test
    void aGovernmentSpokespersonSpeaksForTheCountryOfTheSentenceBeforeNotAnEarlierOne() {
        Doc doc = analyse("The Ethiopian government spokesman, Dawit Alemu, accused Eritrea of massing troops. "
                + "Eritrea denied the report. Government spokeswoman Senait Tesfay said the troops were on exercise.");
        assertThat(person(doc, "Dawit Alemu").country()).isEqualTo("ETH");
        assertThat(person(doc, "Senait Tesfay").country()).isEqualTo("ERI");
    }

    @Test
    void aServiceOrAgencyBeforeTheHeadIsPartOfTheTitleAndARankAfterItIsNot() {
        Doc doc = analyse("Estonian customs service head Colonel Peeter Tamm said the lorries had been stopped. "
                + "Latvian border agency chief Janis Berzins agreed.");
        assertThat(person(doc, "Peeter Tamm").role()).isEqualTo("Estonian customs service head");
        assertThat(person(doc, "Janis Berzins").role()).isEqualTo("Latvian border agency chief");
    }

    @Test
    void aBareSpokespersonSpeaksForTheBodyItsSentenceNames() {
        Doc doc = analyse("The Finnish Foreign Ministry held its weekly briefing on Monday, led by spokeswoman Anna Korhonen. "
                + "Korhonen said the talks would go on.");
        assertThat(person(doc, "Anna Korhonen").role()).isEqualTo("Finnish Foreign Ministry spokeswoman");
        Doc twoBodies = analyse("The Finnish Foreign Ministry and the Swedish Defence Ministry met on Monday, said spokesman Olli Rantanen.");
        assertThat(person(twoBodies, "Olli Rantanen").role()).isEqualTo("spokesman");
    }

    @Test
    void aDomesticRoleWithNoOtherEvidenceBelongsToThePlaceTheSentenceBeforeIsAbout() {
        Doc doc = analyse("Peru and Chile signed a fisheries deal on Monday. Not everyone in Lima was pleased. "
                + "Opposition senator Rosa Quispe said the government had given away the catch.");
        assertThat(person(doc, "Rosa Quispe").country()).isEqualTo("PER");
    }

    @Test
    void aPersonDescribedByARoleAtAnInstitutionIsNoOrganisation() {
        Doc doc = analyse("Orhan Tekin, a professor at Bilgi University, said the deal was fragile. "
                + "Vostok Neft, the Siberian oil company, said output would rise.");
        assertThat(personNames(doc)).contains("Orhan Tekin").doesNotContain("Vostok Neft");
        assertThat(person(doc, "Orhan Tekin").role()).isEqualTo("professor at Bilgi University");
    }

    @Test
    void aHyphenatedGivenNameMayHoldAMonthsAbbreviation() {
        Doc doc = analyse("Foreign Minister Park Min-jun said the talks were useful. The May-June offensive had stalled.");
        assertThat(person(doc, "Park Min-jun").role()).isEqualTo("Foreign Minister");
        assertThat(personNames(doc)).containsExactly("Park Min-jun");
    }

    @Test
    void academicTitlesAreRoles() {
        Doc doc = analyse("Ines Duarte, a senior lecturer at Minho University in Braga, said the vote was close. "
                + "Historian Rui Pinto agreed.");
        assertThat(person(doc, "Ines Duarte").role()).startsWith("senior lecturer at Minho University");
        assertThat(person(doc, "Rui Pinto").role()).isEqualTo("Historian");
    }

    @Test
    void aCitysOfficeBelongsToTheCitysCountry() {
        Doc doc = analyse("Marseille mayor Claude Roux said the port would reopen. Chennai police chief Arun Nair made no comment.");
        assertThat(person(doc, "Claude Roux").role()).isEqualTo("Marseille mayor");
        assertThat(person(doc, "Claude Roux").country()).isEqualTo("FRA");
        assertThat(person(doc, "Arun Nair").role()).isEqualTo("Chennai police chief");
        assertThat(person(doc, "Arun Nair").country()).isEqualTo("IND");
    }
}
