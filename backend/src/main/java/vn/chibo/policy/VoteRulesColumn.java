package vn.chibo.policy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pass rules of a profile for the decisions other than ordinary ones, stored as one short text column
 * ("ADMISSION=TWO_THIRDS_OF_ELIGIBLE_PRESENT;FULL_MEMBERSHIP=..."): a profile is never edited and has at most
 * a handful of kinds, so a child table would only add a join to every policy read.
 */
@Converter
public class VoteRulesColumn implements AttributeConverter<Map<DecisionKind, VoteRule>, String> {
    @Override
    public String convertToDatabaseColumn(Map<DecisionKind, VoteRule> rules) {
        if (rules == null || rules.isEmpty()) return "";
        return new EnumMap<>(rules).entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue().name())
                .collect(Collectors.joining(";"));
    }

    @Override
    public Map<DecisionKind, VoteRule> convertToEntityAttribute(String text) {
        Map<DecisionKind, VoteRule> rules = new EnumMap<>(DecisionKind.class);
        if (text == null || text.isBlank()) return rules;
        for (String pair : text.split(";")) {
            String[] kv = pair.split("=", 2);
            rules.put(DecisionKind.valueOf(kv[0].trim()), VoteRule.valueOf(kv[1].trim()));
        }
        return rules;
    }
}
