package org.onewindow.matter.domain;

import java.io.Serializable;

/**
 * One material of the 材料目录 as a form or a request gives it, unchecked (001 7.1).
 *
 * @param name the material's name
 * @param form paper, electronic or both ({@link MaterialForm}, by name or label)
 * @param copies how many copies (null: one)
 * @param required whether it must be handed in (null: required)
 */
public record MaterialDraft(String name, String form, Integer copies, Boolean required)
    implements Serializable {}
