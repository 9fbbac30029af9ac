package dev.assay.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.screening.Identifier;
import dev.assay.screening.ListedParty;
import dev.assay.screening.NameType;
import dev.assay.screening.PartyName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, import as users receive the files: programmes as a field, a.k.a.s written in OFAC
 * remarks, UN addresses, identifier schemes in any wording, names wrapped over lines.
 */
class ImportItemsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
  @TempDir Path dir;

  private ListedParty only(ListImport imported) {
    return imported.lists().getFirst().entries().getFirst();
  }

  @Test
  void ofac_programmes_are_a_field_and_remark_akas_are_aliases() throws IOException {
    Path ofac = Files.createDirectory(dir.resolve("ofac"));
    Files.writeString(
        ofac.resolve("sdn.csv"),
        "201,\"GOLDEN HARBOR\nSHIPPING LLC\",-0- ,\"IRAN] [IRGC] [SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
            + "\"a.k.a. 'GH SHIPPING'; f.k.a. 'BLUE HARBOR LINES'; Passport No. A123 (Iran).\"\r\n"
            + "\u001a\r\n",
        StandardCharsets.ISO_8859_1);
    Files.writeString(
        ofac.resolve("add.csv"),
        "201,401,\"7 Pier Road\",\"Bandar Abbas\",\"Iran\",-0- \r\n\u001a\r\n",
        StandardCharsets.ISO_8859_1);
    ListedParty e = only(ListImporter.read(ListFormat.OFAC_SDN, List.of(ofac), null, TODAY));

    assertThat(e.programs()).containsExactly("IRAN", "IRGC", "SDGT");
    // The name wrapped over two lines is one name with one blank.
    assertThat(e.primaryName().text()).isEqualTo("GOLDEN HARBOR SHIPPING LLC");
    assertThat(e.names())
        .extracting(PartyName::text, PartyName::type)
        .contains(
            org.assertj.core.groups.Tuple.tuple("GH SHIPPING", NameType.ALIAS),
            org.assertj.core.groups.Tuple.tuple("BLUE HARBOR LINES", NameType.FORMER_NAME));
    assertThat(e.addresses()).containsExactly("7 Pier Road, Bandar Abbas, Iran");
  }

  @Test
  void remarks_without_an_aka_add_no_name() throws IOException {
    Path ofac = Files.createDirectory(dir.resolve("ofac"));
    Files.writeString(
        ofac.resolve("sdn.csv"),
        "202,\"KESTREL LTD\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
            + "\"Linked To: GOLDEN HARBOR SHIPPING LLC; Website www.kestrel.example.\"\r\n\u001a\r\n",
        StandardCharsets.ISO_8859_1);
    ListedParty e = only(ListImporter.read(ListFormat.OFAC_SDN, List.of(ofac), null, TODAY));
    assertThat(e.names()).hasSize(1);
    assertThat(e.programs()).containsExactly("SDGT");
  }

  @Test
  void un_addresses_and_cities_are_kept_and_document_schemes_normalized() throws IOException {
    Path xml = dir.resolve("un.xml");
    Files.writeString(
        xml,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <CONSOLIDATED_LIST dateGenerated="2025-11-20T10:15:02.31Z">
          <INDIVIDUALS>
            <INDIVIDUAL>
              <DATAID>1</DATAID>
              <FIRST_NAME>JEAN</FIRST_NAME>
              <SECOND_NAME>DUPONT</SECOND_NAME>
              <UN_LIST_TYPE>CAR</UN_LIST_TYPE>
              <REFERENCE_NUMBER>CFi.001</REFERENCE_NUMBER>
              <LISTED_ON>2020-01-01</LISTED_ON>
              <INDIVIDUAL_ADDRESS><STREET>12 Avenue des Martyrs</STREET><CITY>Bangui</CITY><COUNTRY>Central African Republic</COUNTRY></INDIVIDUAL_ADDRESS>
              <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Numéro de passeport</TYPE_OF_DOCUMENT><NUMBER>O00123</NUMBER></INDIVIDUAL_DOCUMENT>
            </INDIVIDUAL>
          </INDIVIDUALS>
          <ENTITIES/>
        </CONSOLIDATED_LIST>
        """,
        StandardCharsets.UTF_8);
    ListedParty e = only(ListImporter.read(ListFormat.UN_XML, List.of(xml), null, TODAY));
    assertThat(e.addresses())
        .containsExactly("12 Avenue des Martyrs, Bangui, Central African Republic");
    assertThat(e.programs()).containsExactly("CAR");
    assertThat(e.identifiers()).extracting(Identifier::scheme).containsExactly("passport");
  }

  @Test
  void identifier_schemes_in_other_wordings_are_one_scheme() {
    assertThat(new Identifier("Numéro de passeport", "X1").scheme()).isEqualTo("passport");
    assertThat(new Identifier("Passport No.", "X1").scheme()).isEqualTo("passport");
    assertThat(new Identifier("pasaporte", "X1").scheme()).isEqualTo("passport");
    assertThat(new Identifier("National Identification Number", "1").scheme())
        .isEqualTo("national-id");
    assertThat(new Identifier("Tax ID No.", "1").scheme()).isEqualTo("tax");
    // Near miss: a scheme it does not know stays as written, lower case.
    assertThat(new Identifier("MMSI", "1").scheme()).isEqualTo("mmsi");
  }
}
