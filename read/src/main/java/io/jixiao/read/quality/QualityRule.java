package io.jixiao.read.quality;

import io.jixiao.schema.model.Finding;
import io.jixiao.schema.model.Form;

import java.util.List;

/** One data-quality rule: what it finds wrong in a form. */
interface QualityRule {

    List<Finding> check(Form form, FormFacts facts);
}
