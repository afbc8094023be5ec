package io.github.springconfluence.test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Makes a {@link WithFakeConfluence} test context talk to the fake even when the
 * application declares its own {@code ConfluenceConnectionDetails} bean (say, credentials
 * from a vault): every bean that implements that interface is replaced, as it is created,
 * by a proxy answering the fake's base URL, email and token (and a {@code toString()}
 * without the token), and delegating every other method to the application's bean; an
 * INFO line names each replaced bean.
 *
 * <p>
 * Why a post-processor rather than Boot's {@code @ServiceConnection} route: Boot's
 * connection-details factories register an extra bean, which wins only because the
 * auto-configuration backs off ({@code @ConditionalOnMissingBean}); a bean the
 * application declares itself would stand beside it (two candidates) or win. Replacing
 * instances leaves exactly one bean, whichever way it is injected. The interface is
 * matched by name because this module cannot depend on the autoconfigure module (whose
 * tests depend on this one).
 *
 * <p>
 * The proxy subclasses the bean's class where it can, so that the bean stays injectable
 * by its own class. A final class (a record, say) or a final getter can only be replaced
 * through the bean's interfaces: the bean is then injectable by its interfaces only, and
 * Spring fails a context that injects it by class. When no proxy can be made at all, the
 * context fails with a message saying what to do.
 */
final class ConnectionDetailsOverride implements BeanPostProcessor, PriorityOrdered {

	static final String INTERFACE_NAME = "io.github.springconfluence.autoconfigure.ConfluenceConnectionDetails";

	private static final Log LOGGER = LogFactory.getLog(FakeConfluence.class);

	private final FakeConfluence fake;

	ConnectionDetailsOverride(FakeConfluence fake) {
		this.fake = fake;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		Class<?> type = bean.getClass();
		if (connectionDetailsInterface(type) == null || (bean instanceof Advised advised
				&& advised.getAdvisorCount() > 0 && advised.getAdvisors()[0].getAdvice() instanceof FakeDetails)) {
			return bean;
		}
		ProxyFactory factory = new ProxyFactory(bean);
		// A class proxy keeps the bean injectable by its own class; a final class (a
		// record, say) or a
		// final getter can only be replaced through its interfaces.
		boolean byClass = canSubclass(type);
		factory.setProxyTargetClass(byClass);
		if (!byClass) {
			factory.setInterfaces(ClassUtils.getAllInterfacesForClass(type));
		}
		factory.addAdvice(new FakeDetails(fake, beanName));
		Object proxy;
		try {
			proxy = factory.getProxy(type.getClassLoader());
		}
		catch (RuntimeException ex) {
			throw new BeanCreationException(beanName,
					"@WithFakeConfluence cannot point the ConfluenceConnectionDetails " + "bean '" + beanName + "' ("
							+ type.getName() + ") at the fake: " + ex.getMessage() + ". Declare "
							+ "the bean as a non-final class, or with the return type ConfluenceConnectionDetails, or leave it "
							+ "out of the test context (for example with a @Profile that tests do not activate).",
					ex);
		}
		LOGGER.info("@WithFakeConfluence replaced the ConfluenceConnectionDetails bean '" + beanName + "' ("
				+ type.getName() + ") with one pointing at " + fake.baseUrl());
		return proxy;
	}

	private static boolean canSubclass(Class<?> type) {
		if (Modifier.isFinal(type.getModifiers()) || type.isRecord() || type.isAnonymousClass() || type.isSynthetic()) {
			return false;
		}
		for (String getter : new String[] { "getBaseUrl", "getEmail", "getApiToken", "toString" }) {
			Method method = ReflectionUtils.findMethod(type, getter);
			if (method == null || Modifier.isFinal(method.getModifiers())) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int getOrder() {
		// Before other post-processors wrap the bean (AOP proxies would hide its
		// interfaces' methods).
		return Ordered.HIGHEST_PRECEDENCE;
	}

	static @Nullable Class<?> connectionDetailsInterface(Class<?> type) {
		for (Class<?> candidate : ClassUtils.getAllInterfacesForClassAsSet(type)) {
			if (candidate.getName().equals(INTERFACE_NAME)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * Answers the fake's connection, lets the application's bean answer the rest, and
	 * never prints the token.
	 */
	private static final class FakeDetails implements MethodInterceptor {

		private final FakeConfluence fake;

		private final String beanName;

		FakeDetails(FakeConfluence fake, String beanName) {
			this.fake = fake;
			this.beanName = beanName;
		}

		@Override
		public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
			Method method = invocation.getMethod();
			if (method.getParameterCount() == 0) {
				switch (method.getName()) {
					case "getBaseUrl" -> {
						return fake.baseUrl();
					}
					case "getEmail" -> {
						return fake.email();
					}
					case "getApiToken" -> {
						return fake.apiToken();
					}
					case "toString" -> {
						return "FakeConfluenceConnectionDetails[baseUrl=" + fake.baseUrl() + ", email=" + fake.email()
								+ ", apiToken=(hidden), replacing bean '" + beanName + "']";
					}
					default -> {
					}
				}
			}
			return invocation.proceed();
		}

	}

}
