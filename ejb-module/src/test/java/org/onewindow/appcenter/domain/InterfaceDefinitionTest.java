package org.onewindow.appcenter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onewindow.common.InvalidInputException;
import org.onewindow.outbound.HttpMethod;

/** The rules of an interface's registration (000 9.4.2 示例7). */
class InterfaceDefinitionTest {

  private static InterfaceDefinition with(String address, InterfaceProtocol protocol) {
    InterfaceDefinition d = Definitions.busLine();
    return new InterfaceDefinition(
        d.serviceName(),
        d.name(),
        address,
        d.method(),
        protocol,
        d.returnFormat(),
        d.remark(),
        d.divisionCode(),
        d.channel(),
        d.requestParameters(),
        d.responseParameters());
  }

  @Test
  void theStandardsExampleIsAccepted() {
    InterfaceDefinition d = Definitions.busLine();
    assertEquals("全国线路查询", d.name());
    assertEquals(List.of("city", "q"), d.requestParameters().stream().map(p -> p.name()).toList());
    assertEquals(d, d.checkedAgainst(Definitions.DIVISIONS));
  }

  @ParameterizedTest
  @CsvSource({
    "ftp://bus.example.gov.cn/line, address",
    "bus.example.gov.cn/line, address",
    "https://user:pw@bus.example.gov.cn/line, address",
    "https://bus.example.gov.cn/line#x, address",
    "'https://bus example/line', address",
    "http://bus.example.gov.cn/line, protocol"
  })
  void badAddressesAreRefusedNamingTheField(String address, String field) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> with(address, InterfaceProtocol.HTTPS).checkedAgainst(Definitions.DIVISIONS));
    assertEquals(field, e.field());
  }

  @Test
  void aDivisionCodeOutsideTheTableIsRefused() {
    InterfaceDefinition d = Definitions.busLine();
    InterfaceDefinition other =
        new InterfaceDefinition(
            d.serviceName(),
            d.name(),
            d.address(),
            d.method(),
            d.protocol(),
            d.returnFormat(),
            d.remark(),
            "999999",
            d.channel(),
            d.requestParameters(),
            d.responseParameters());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> other.checkedAgainst(Definitions.DIVISIONS));
    assertEquals("divisionCode", e.field());
  }

  @Test
  void duplicateAndNullParametersAreRefused() {
    InterfaceDefinition d = Definitions.busLine();
    List<ParameterDefinition> twice = new ArrayList<>(d.requestParameters());
    twice.add(d.requestParameters().get(0));
    List<ParameterDefinition> withNull = new ArrayList<>(d.requestParameters());
    withNull.add(null);
    for (List<ParameterDefinition> parameters : List.of(twice, withNull)) {
      InterfaceDefinition bad =
          new InterfaceDefinition(
              d.serviceName(),
              d.name(),
              d.address(),
              d.method(),
              d.protocol(),
              d.returnFormat(),
              d.remark(),
              d.divisionCode(),
              d.channel(),
              parameters,
              d.responseParameters());
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class, () -> bad.checkedAgainst(Definitions.DIVISIONS));
      assertEquals("parameters", e.field());
    }
  }

  @ParameterizedTest
  @CsvSource({"1abc", "a b", "''", "名称"})
  void parameterNamesMustBeIdentifiers(String name) {
    assertThrows(
        InvalidInputException.class,
        () -> ParameterDefinition.of(name, true, ParameterType.STRING, ""));
  }

  @Test
  void typesAndMethodsAreReadInEitherCase() {
    assertEquals(ParameterType.INT, ParameterType.parse("Integer", "n"));
    assertEquals(HttpMethod.POST, HttpMethod.parse(" post "));
    assertThrows(InvalidInputException.class, () -> HttpMethod.parse("DELETE"));
    assertThrows(InvalidInputException.class, () -> ParameterType.parse("date", "d"));
  }
}
