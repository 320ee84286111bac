package catalog.app.sample;

import catalog.domain.product.Nutrient;
import java.util.Map;

/** One food of the IFCT 2017 tables: its code, name, food group and nutrients in catalog units. */
public record IfctFood(String code, String name, String foodGroup, Map<Nutrient, Double> nutrients) {}
