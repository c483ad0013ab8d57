<#-- 实名认证等级提升 (001 7.7 b): the real-name-verification required action's page. OneWindow's own
     template on the parent theme's layout and field macros. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('realName','idNumber'); section>
<!-- template: real-name-verification.ftl -->
    <#if section = "header">
        ${msg("realNameTitle")}
    <#elseif section = "form">
        <p id="real-name-intro" class="${properties.kcFormHelperTextClass!}">${msg("realNameIntro", realNameLevel!1)}</p>
        <#if realNameSandbox??>
            <p id="real-name-sandbox" class="${properties.kcFormHelperTextClass!}"><strong>${msg("realNameSandboxNotice")}</strong></p>
        </#if>
        <form id="kc-real-name-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="realName" label=msg("realNameName") value=realName!'' required=true autocomplete="name" autofocus=true />
            <@field.input name="idNumber" label=msg("realNameIdNumber") required=true autocomplete="off" />
            <@buttons.actionGroup>
                <@buttons.button id="kc-real-name-submit" label="realNameSubmit" />
                <#if isAppInitiatedAction??>
                    <@buttons.button id="kc-real-name-cancel" name="cancel-aia" label="doCancel" type="secondary" value="true" />
                </#if>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
